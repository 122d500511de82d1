using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.Errors;
using Supervision.Engine.Import.Commit;
using Supervision.Engine.Import.Ocr;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Import.Drafts;

/// <summary>
/// The import workflow behind the API: upload a document to a kept draft, correct it, commit it into a plan.
/// Coordinators only, checked here for every call.
/// </summary>
public sealed class ImportDrafts(ITables tables, IGrainFactory grains, TimeProvider clock, ImportDraftOptions? options = null, IOcrEngine? ocr = null)
{
    private readonly ImportDraftOptions _options = options ?? new ImportDraftOptions();

    // Scans are read with Debian's Tesseract unless another engine is given; a missing program is named when a scan arrives.
    private readonly IOcrEngine _ocr = ocr ?? new TesseractOcr(options?.Ocr);

    private const string Doing = "import plans";

    /// <summary>Reads and parses the document and keeps the draft; throws <see cref="ImportException"/> for a file that cannot be read.</summary>
    public async Task<ImportDraft> CreateAsync(Actor actor, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireCoordinator(actor, Doing);
        var registry = DraftRegistry.Build(await RegisteredAgencies.ListAsync(tables, cancellationToken), []);
        var document = await new DocumentReader(null, _ocr).ReadAsync(content, fileName, cancellationToken);
        var parsed = OcrMarks.Apply(PlanParser.Parse(document.Text, registry), document.Ocr);
        var now = clock.GetUtcNow();
        var draft = new ImportDraft(
            $"imp-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))}", actor.UserId, fileName, parsed, [], now, now, null,
            DuplicatePlans.ContentHash(document.Text));
        var pages = (document.Ocr?.Pages ?? []).Where(p => p.Image is not null).Select(p => (p.Page, p.Image!)).ToList();
        await ImportDraftRows.InsertAsync(tables, draft, pages, cancellationToken);
        return await WithDuplicatesAsync(draft, cancellationToken);
    }

    /// <summary>The most recent drafts, newest first.</summary>
    public Task<List<ImportDraftSummary>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireCoordinator(actor, Doing);
        return ImportDraftRows.ListAsync(tables, cancellationToken);
    }

    public async Task<ImportDraft> GetAsync(Actor actor, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireCoordinator(actor, Doing);
        var draft = await ImportDraftRows.FindAsync(tables, id, cancellationToken) ?? throw SupervisionException.NotFound("import draft", id);
        if (_options.HasExpired(draft, clock.GetUtcNow()))
        {
            throw new SupervisionException(
                FailureKind.NotFound,
                "import.draft_expired",
                $"Import draft '{id}' expired: it was not committed within {_options.DraftDays} days of its last correction; upload the document again.");
        }

        return await WithDuplicatesAsync(draft, cancellationToken);
    }

    /// <summary>The scanned pages of a draft whose images are kept to show beside the text read from them.</summary>
    public async Task<IReadOnlyList<int>> ScannedPagesAsync(Actor actor, string id, CancellationToken cancellationToken = default)
    {
        await GetAsync(actor, id, cancellationToken);
        return await ImportDraftRows.PagesAsync(tables, id, cancellationToken);
    }

    /// <summary>The PNG of a scanned page, for whoever may read the draft; not found for a page without one.</summary>
    public async Task<byte[]> PageImageAsync(Actor actor, string id, int page, CancellationToken cancellationToken = default)
    {
        await GetAsync(actor, id, cancellationToken);
        return await ImportDraftRows.PageAsync(tables, id, page, cancellationToken) ?? throw SupervisionException.NotFound("page image", $"{id} page {page}");
    }

    /// <summary>Deletes the drafts that expired uncommitted (committed ones stay: they name the plan they became); returns how many.</summary>
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default) =>
        ImportDraftRows.DeleteUncommittedBeforeAsync(tables, _options.ExpiredBefore(clock.GetUtcNow()), cancellationToken);

    /// <summary>Applies the corrections all or nothing; refused once the draft is committed.</summary>
    public async Task<ImportDraft> EditAsync(Actor actor, string id, IReadOnlyList<DraftOperation?> operations, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(actor, id, cancellationToken);
        RequireOpen(current);
        var registry = DraftRegistry.Build(await RegisteredAgencies.ListAsync(tables, cancellationToken), current.AddedAgencies);
        var (draft, added) = DraftOperations.Apply(current.Draft, registry, current.AddedAgencies, Access.Limits.Bounded(operations, "edits", Access.Limits.EditsPerRequest)!);
        var edited = current with { Draft = draft, AddedAgencies = added, UpdatedAt = clock.GetUtcNow() };
        if (!await ImportDraftRows.UpdateAsync(tables, edited, cancellationToken))
        {
            RequireOpen(await GetAsync(actor, id, cancellationToken));
        }

        return await WithDuplicatesAsync(edited, cancellationToken);
    }

    /// <summary>
    /// Creates the plan (id <paramref name="planId"/>, or <c>p-</c> and the draft id). Committing again returns the same
    /// plan; naming another plan id then is refused (<c>import.committed</c>). A draft that would duplicate a committed
    /// plan is refused (<c>import.duplicate_plan</c>) unless <paramref name="allowDuplicate"/> says a second plan is meant.
    /// </summary>
    public async Task<PlanView> CommitAsync(Actor actor, string id, string? planId, bool allowDuplicate = false, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(actor, id, cancellationToken);
        if (current.CommittedPlanId is { } committed)
        {
            RequireSamePlan(current, planId ?? committed);
            return await grains.GetGrain<IPlanGrain>(committed).GetAsync(actor) ?? throw SupervisionException.NotFound("plan", committed);
        }

        // A draft that cannot be committed as it is says so first; then whether a plan already stands for it.
        CommitChecks.Require(current.Draft);

        // The plan this very commit makes (or resumes after a failure half-way) is no duplicate of itself.
        var target = planId ?? $"p-{id}";
        var duplicates = current.Duplicates.Where(d => d.PlanId != target).ToList();
        if (duplicates.Count > 0 && !allowDuplicate)
        {
            throw new ImportConflictException(
                ImportConflictException.DuplicatePlan,
                $"This draft would duplicate plan {string.Join(", ", duplicates.Select(d => $"{d.PlanId} ({d.Title}, matched by {d.MatchedBy.Replace('_', ' ')})"))}; "
                + "commit with \"allow_duplicate\": true if a second plan is meant.",
                duplicates[0].PlanId);
        }

        var registry = DraftRegistry.Build(await RegisteredAgencies.ListAsync(tables, cancellationToken), current.AddedAgencies);
        // The correlation names the draft's content: a retry of this very draft resumes where it stopped, while a
        // draft changed since a failed attempt meets the existing plan and is refused rather than merged into it.
        var json = PlanDraftJson.Write(current.Draft);
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12];
        var plan = await new DraftCommit(grains, tables).RunAsync(current.Draft, registry, target, $"import:{id}:{version}", actor);
        if (!await ImportDraftRows.MarkCommittedAsync(tables, id, plan.Id, cancellationToken))
        {
            // Two commits of one draft raced: the one recorded first is the plan it became.
            RequireSamePlan(await GetAsync(actor, id, cancellationToken), plan.Id);
        }

        return plan;
    }

    private async Task<ImportDraft> WithDuplicatesAsync(ImportDraft draft, CancellationToken cancellationToken) =>
        draft with { Duplicates = await DuplicatePlans.FindAsync(tables, draft, cancellationToken) };

    private static void RequireSamePlan(ImportDraft draft, string planId)
    {
        if (draft.CommittedPlanId is { } committed && committed != planId)
        {
            throw new ImportConflictException(
                "import.committed",
                $"Draft {draft.Id} was already committed as plan {committed}; it cannot also become plan {planId}.",
                committed);
        }
    }

    private static void RequireOpen(ImportDraft draft)
    {
        if (draft.CommittedPlanId is not null)
        {
            throw SupervisionException.Conflict("import.committed", $"Draft {draft.Id} was committed as plan {draft.CommittedPlanId}; it can no longer be changed.");
        }
    }
}
