using Supervision.Engine.Attachments;
using Supervision.Engine.Campaigns;
using Supervision.Engine.Campaigns.Events;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Assignments;

/// <summary>
/// Special supervision findings (问题清单) against this assignment: each is a rectification obligation of the agency with
/// its own due day, climbing the ladder like any other, until the agency reports it rectified; the office then closes
/// it (销号) or returns it, and it is owed again.
/// </summary>
public sealed partial class AssignmentGrain : IFindingsGrain
{
    public const int FindingsPerAssignment = 100;

    public async Task<IReadOnlyList<FindingView>> RecordFindingAsync(
        string campaignId, FindingInput input, Actor actor, string? correlationId, IReadOnlyList<AttachedFile>? files = null)
    {
        RequireCoordinator(actor, "record supervision findings");
        ArgumentNullException.ThrowIfNull(input);
        var severity = Engine.MajorIssues.Severities.Check(input.Severity, "finding.severity");
        var text = Text.Required(input.Text, "text", Text.LongMax);
        var carried = AttachedFiles.Checked(files);
        if (!State.HasApplied(correlationId))
        {
            var o = Opening;
            // Read before recording: the campaign only ever closes, so at worst a finding lands just as it closed.
            var campaign = await GrainFactory.GetGrain<ICampaignGrain>(campaignId).GetAsync(actor) ?? throw SupervisionException.NotFound("campaign", campaignId);
            if (campaign.Closed)
            {
                throw SupervisionException.Conflict("campaign.closed", $"Campaign {campaignId} is closed; no more findings are recorded in it.");
            }

            if (!campaign.Covers(o.ItemId, o.AgencyId))
            {
                throw SupervisionException.Conflict("finding.out_of_scope", $"Assignment {Id} is outside campaign {campaignId}'s items and agencies.");
            }

            if (!AssignmentCycle.IsOpen(State.Status))
            {
                throw SupervisionException.Conflict("finding.closed", $"Assignment {Id} is closed ({State.Status}); findings are recorded on open work.");
            }

            if (FindingsPart.Of(State).Count >= FindingsPerAssignment)
            {
                throw SupervisionException.Invalid("input.too_many", $"Assignment {Id} already has {FindingsPerAssignment} findings.", "findings")
                    .With("field", "findings").With("count", FindingsPart.Of(State).Count).With("limit", FindingsPerAssignment);
            }

            var due = FutureDue(input.Due, "due");
            await RecordAsync(new FindingRecorded(FindingsPart.Of(State).Count + 1, campaignId, severity, text, due, dueTimes.EndOfDay(due, Definition().Cutoff), carried), actor, correlationId);
        }

        return FindingViews();
    }

    public async Task<IReadOnlyList<FindingView>> RectifyFindingAsync(int number, string text, Actor actor, string? correlationId, IReadOnlyList<AttachedFile>? files = null)
    {
        RequireAgency(actor, Opening.AgencyId, "report a finding rectified");
        var checkedText = Text.Required(text, "text", Text.LongMax);
        var carried = AttachedFiles.Checked(files);
        if (!State.HasApplied(correlationId))
        {
            RequireFinding(number, FindingStatus.Open, "finding.not_open", "is not owed (it is {0})");
            await RecordAsync(new FindingRectified(number, checkedText, carried), actor, correlationId);
        }

        return FindingViews();
    }

    public async Task<IReadOnlyList<FindingView>> CloseFindingAsync(int number, string? note, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "close findings");
        var checkedNote = Text.Optional(note, "note", Text.LongMax);
        if (!State.HasApplied(correlationId))
        {
            RequireFinding(number, FindingStatus.Rectified, "finding.not_rectified", "has no rectification to verify (it is {0})");
            await RecordAsync(new FindingClosed(number, checkedNote), actor, correlationId);
        }

        return FindingViews();
    }

    public async Task<IReadOnlyList<FindingView>> ReturnFindingAsync(int number, string reason, DateOnly? due, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "return findings");
        var checkedReason = Text.Required(reason, "reason", Text.LongMax);
        if (!State.HasApplied(correlationId))
        {
            RequireFinding(number, FindingStatus.Rectified, "finding.not_rectified", "has no rectification to verify (it is {0})");
            var day = due is { } d ? FutureDue(d, "due") : dueTimes.LocalDate(dueTimes.Add(Clock.GetUtcNow(), Definition().ReworkWithin, Definition().Cutoff));
            await RecordAsync(new FindingReturned(number, checkedReason, day, dueTimes.EndOfDay(day, Definition().Cutoff)), actor, correlationId);
        }

        return FindingViews();
    }

    public Task<IReadOnlyList<FindingView>?> GetFindingsAsync(Actor actor) =>
        Task.FromResult<IReadOnlyList<FindingView>?>(State.Opening is { } o && CanRead(actor, [o.AgencyId]) ? FindingViews() : null);

    private DateOnly FutureDue(DateOnly due, string field) =>
        due > dueTimes.LocalDate(Clock.GetUtcNow())
            ? due
            : throw SupervisionException.Invalid("finding.due", $"'{field}' must be after today ({dueTimes.LocalDate(Clock.GetUtcNow()):yyyy-MM-dd}).", field);

    private void RequireFinding(int number, FindingStatus status, string code, string wrong)
    {
        var finding = number >= 1 && number <= FindingsPart.Of(State).Count ? FindingsPart.Of(State)[number - 1] : throw SupervisionException.NotFound("finding", $"{Id}/{number}");
        if (finding.Status != status)
        {
            throw SupervisionException.Conflict(code, $"Finding {number} {string.Format(System.Globalization.CultureInfo.InvariantCulture, wrong, finding.Status.ToString().ToLowerInvariant())}.")
                .With("status", finding.Status.ToString().ToLowerInvariant());
        }
    }

    private List<FindingView> FindingViews()
    {
        var o = Opening;
        var owed = Owed().Where(x => FindingsPart.Kind.Is(x.Kind)).ToDictionary(x => x.Period ?? "", StringComparer.Ordinal);
        return [.. FindingsPart.Of(State).Select(f =>
        {
            var ladder = owed.GetValueOrDefault(f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new FindingView(Id, o.ItemId, o.ItemRef, o.ItemTitle, o.AgencyId, f.Number, f.CampaignId, f.Severity, f.Text, f.Due, f.DueAt,
                f.Status, f.Rectification, f.ReturnReason, f.Returns, ladder?.Step, ladder?.NextStep, ladder?.NextStepAt);
        })];
    }
}
