using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Assignments;
using Supervision.Engine.Attachments;
using Supervision.Engine.Items;
using Supervision.Engine.Trail;
using Supervision.Host.Web.Attachments;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Assignments;

/// <summary>
/// One assignment: what it asks, where it stands, its history, and a form for each move the reader may make now
/// (exactly the grain's <c>permitted_moves</c>). Every form calls the same grain intent as the API.
/// </summary>
// Room for the most evidence a submission may carry; each file is then held to AttachmentStore.MaxBytes with its own message.
[RequestSizeLimit(AttachmentStore.MaxBytes * AttachmentStore.MaxFiles + 1024 * 1024)]
public sealed class DetailModel(IGrainFactory grains, ItemTrailQuery trails, AttachmentStore files, AttachmentQuery attachments, DueWords due, Cascade.CascadeSections cascades) : UiPage
{
    public AssignmentView View { get; private set; } = null!;

    public IReadOnlyList<Report> Reports { get; private set; } = [];

    public IReadOnlyList<StoredEvent> History { get; private set; } = [];

    /// <summary>The files recorded as uploaded to this assignment (its moves and the findings on it): the only ones listed or served.</summary>
    public IReadOnlyList<AttachedFile> Files { get; private set; } = [];

    /// <summary>The indicators the progress report asks for, by name and unit (the plan's and the item's targets).</summary>
    public IReadOnlyList<Targets.AskedIndicator> Asked { get; private set; } = [];

    /// <summary>The numbers of the reports marked as model practices (典型经验).</summary>
    public IReadOnlySet<int> Practices { get; private set; } = new HashSet<int>();

    public DueWords Due => due;

    /// <summary>The way up, the tree below and (for the holder) the cascade form.</summary>
    public Cascade.CascadeSection Cascade { get; private set; } = Web.Cascade.CascadeSection.None;

    /// <summary>The children's latest figures put together (the tree's <c>children</c> figure): what the report form starts with; null without children's figures.</summary>
    public decimal? ChildrenFigure(string indicator) =>
        Cascade.Tree is { Children.Count: > 0 } tree ? tree.Figures.FirstOrDefault(f => f.Indicator == indicator)?.Children : null;

    public bool May(CycleTrigger move) => View.PermittedMoves.Contains(move);

    public Report? PendingReport => Reports.LastOrDefault(r => r.Status == ReportStatus.Pending);

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    /// <summary>A file by the record of its upload to this assignment, for the assignment's readers; anything else is 404, however it is named.</summary>
    public async Task<IActionResult> OnGetFileAsync(string id, string? hash)
    {
        if (await attachments.FindAsync(id, hash, Actor, HttpContext.RequestAborted) is not { } file
            || await files.ReadAsync(file.Hash, HttpContext.RequestAborted) is not { } bytes)
        {
            return Missing();
        }

        return File(bytes, file.ContentType, file.Name);
    }

    public async Task<IActionResult> OnPostAsync(string id, MoveForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        var move = form.Move;
        var ok = await TryAsync(async () =>
        {
            var upload = move is CycleTrigger.SubmitCompletion or CycleTrigger.Contribute or CycleTrigger.SubmitReport
                ? await files.UploadAsync(form.Text, form.Files ?? Request.Form.Files, HttpContext.RequestAborted)
                : new Upload(form.Text, []);
            await new Moves(grains.GetGrain<IAssignmentGrain>(id), Actor, Correlation(form.Op)).MakeAsync(move, form, upload, PendingReport?.Number);
        }, L["已提交：", "Done: "] + L.Move(move));
        if (ok)
        {
            return RedirectToPage(new { id });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(id);
        return Page();
    }

    /// <summary>The office climbs the ladder by hand, with a reason: to the next step, or to the one chosen.</summary>
    public async Task<IActionResult> OnPostEscalateAsync(string id, string? reason, string? step, string? op)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        if (await TryAsync(() => grains.GetGrain<IAssignmentGrain>(id).EscalateAsync(reason ?? "", string.IsNullOrEmpty(step) ? null : step, null, Actor, Correlation(op)),
            L["已升级督办。", "Escalated."]))
        {
            return RedirectToPage(new { id });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(id);
        return Page();
    }

    /// <summary>Extensions (延期): the agency asks for a later date with a reason; the office approves (optionally another date) or rejects.</summary>
    public async Task<IActionResult> OnPostExtensionAsync(string id, string? decision, DateOnly? date, string? reason, string? op)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        var grain = grains.GetGrain<IAssignmentGrain>(id);
        Func<Task> command = decision switch
        {
            "approve" => () => grain.DecideExtensionAsync(true, date, reason, Actor, Correlation(op)),
            "reject" => () => grain.DecideExtensionAsync(false, null, reason, Actor, Correlation(op)),
            _ => () => grain.RequestExtensionAsync(date ?? default, reason ?? "", Actor, Correlation(op)),
        };
        var done = decision switch { "approve" => L["已批准延期。", "Extension approved."], "reject" => L["已驳回延期申请。", "Extension rejected."], _ => L["已申请延期。", "Extension requested."] };
        if (await TryAsync(command, done))
        {
            return RedirectToPage(new { id });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(id);
        return Page();
    }

    /// <summary>The office marks a report as a model practice from the report itself, as the API's <c>markModelPractice</c> does.</summary>
    public async Task<IActionResult> OnPostPracticeAsync(string id, int report, string? note, string? op)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        if (await TryAsync(() => grains.GetGrain<Engine.Evaluation.IModelPracticeGrain>(id).MarkModelPracticeAsync(report, note, Actor, Correlation(op)),
            L[$"第 {report} 次进展报告已标记为典型经验。", $"Report {report} marked as a model practice."]))
        {
            return RedirectToPage(new { id });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>分解交办 from the page: the rows ticked become the API's children, refused as a whole with the row's field named.</summary>
    public async Task<IActionResult> OnPostCascadeAsync(string id, string? op)
    {
        if (!await LoadAsync(id) || Cascade.Form is not { } form)
        {
            return Missing();
        }

        if (await TryAsync(() => grains.GetGrain<Engine.Cascade.IAssignmentCascade>(id).CascadeAsync(form.Children(Request.Form), Actor, Correlation(op)),
            L["已分解交办。", "Cascaded."]))
        {
            return RedirectToPage(new { id });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await grains.GetGrain<IAssignmentGrain>(id).GetAsync(Actor) is not { } view)
        {
            return false;
        }

        View = view;
        Reports = await grains.GetGrain<IAssignmentGrain>(id).GetReportsAsync(0, 200, Actor) ?? [];
        var stream = StreamIds.Assignment(id);
        History = [.. (await trails.RunAsync(Actor, view.ItemId, HttpContext.RequestAborted)).Where(e => e.StreamId == stream)];
        Files = await attachments.OnAssignmentAsync(id, Actor, HttpContext.RequestAborted) ?? [];
        Practices = History.Where(e => e.Type == nameof(Engine.Evaluation.Events.ModelPracticeMarked))
            .Select(e => EventCodec.Decode(e).Event).OfType<Engine.Evaluation.Events.ModelPracticeMarked>().Select(m => m.Report).ToHashSet();
        Cascade = await cascades.LoadAsync(view, Actor, HttpContext.RequestAborted);
        Asked = view.PermittedMoves.Contains(CycleTrigger.SubmitReport) ? await Targets.AskedIndicator.ForAsync(grains, view, Actor) : [];
        return true;
    }
}
