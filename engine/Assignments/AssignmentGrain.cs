using System.Collections.Immutable;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Definitions;
using static Supervision.Engine.Access.Access;
using Limits = Supervision.Engine.Access.Limits;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Assignments;

public sealed class AssignmentGrain(IEventStore store, TimeProvider clock, DefinitionCatalog definitions)
    : TrailGrain<AssignmentState>(store, clock), IAssignmentGrain
{
    /// <summary>How many of the latest reports a view carries: a command's answer stays small however long the history.</summary>
    public const int RecentReports = 10;

    protected override string StreamPrefix => "assignment";

    private string Id => this.GetPrimaryKeyString();

    private AssignmentOpening Opening => State.Opening ?? throw SupervisionException.NotFound("assignment", Id);

    public async Task<AssignmentView> OpenAsync(AssignmentOpening opening, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "dispatch work");
        if (State.Opening is null)
        {
            await RecordAsync(new AssignmentOpened(opening), actor, correlationId);
        }

        return View();
    }

    public Task<AssignmentView> AcknowledgeAsync(Responsible responsible, Actor actor, string? correlationId) =>
        MoveAsync(actor, correlationId, ByAgency("acknowledge this assignment"), CycleTrigger.Acknowledge, () => new AssignmentAcknowledged(
            new Responsible(
                Text.Required(responsible?.Name, "responsible.name"),
                Text.Optional(responsible?.Phone, "responsible.phone", 40),
                Text.Optional(responsible?.Email, "responsible.email", 254))));

    public Task<AssignmentView> DisputeAsync(string reason, Actor actor, string? correlationId) =>
        MoveAsync(actor, correlationId, ByAgency("dispute this assignment"), CycleTrigger.Dispute,
            () => new AssignmentDisputed(Text.Required(reason, "reason", Text.LongMax)));

    public async Task<AssignmentView> ResolveDisputeAsync(DisputeOutcome outcome, string? toAgencyId, string? note, Actor actor, string? correlationId)
    {
        var checkedNote = Text.Optional(note, "note", Text.LongMax);
        switch (outcome)
        {
            case DisputeOutcome.Reject:
                return await MoveAsync(actor, correlationId, ByCoordinator("settle disputes"), CycleTrigger.RejectDispute, () => new DisputeRejected(checkedNote));
            case DisputeOutcome.Withdraw:
                return await MoveAsync(actor, correlationId, ByCoordinator("settle disputes"), CycleTrigger.UpholdDisputeWithdraw, () => new DisputeUpheldWithdrawn(checkedNote));
            default:
                var to = Text.Required(toAgencyId, "to_agency_id");
                Prepare(actor, ByCoordinator("settle disputes"), CycleTrigger.UpholdDisputeReassign);
                if (State.HasApplied(correlationId))
                {
                    return View();
                }

                var newId = await GrainFactory.GetGrain<IActionItemGrain>(Opening.ItemId).ReassignAsync(Id, to, actor, correlationId);
                return await MoveAsync(actor, correlationId, ByCoordinator("settle disputes"), CycleTrigger.UpholdDisputeReassign, () => new DisputeUpheldReassigned(to, newId, checkedNote));
        }
    }

    public Task<AssignmentView> SubmitReportAsync(string narrative, IReadOnlyList<Indicator> indicators, Actor actor, string? correlationId) =>
        MoveAsync(actor, correlationId, ByAgency("report on this assignment"), CycleTrigger.SubmitReport, () => new ReportSubmitted(
            State.Reports.Count + 1,
            Text.Required(narrative, "narrative", Text.LongMax),
            [.. (Limits.Bounded(indicators, "indicators", Limits.IndicatorsPerReport) ?? []).Select((x, i) => x is null
                ? throw SupervisionException.Invalid("input.required", $"'indicators[{i}]' must be an indicator, not null.", $"indicators[{i}]")
                : new Indicator(Text.Required(x.Name, $"indicators[{i}].name"), x.Value, Text.Optional(x.Unit, $"indicators[{i}].unit", 20)))]));

    public Task<AssignmentView> ReviewReportAsync(int number, bool accept, string? note, Actor actor, string? correlationId)
    {
        var checkedNote = Text.Optional(note, accept ? "note" : "reason", Text.LongMax);
        return MoveAsync(actor, correlationId, ByCoordinator("review reports"), accept ? CycleTrigger.AcceptReport : CycleTrigger.ReturnReport, () =>
        {
            var report = number >= 1 && number <= State.Reports.Count
                ? State.Reports[number - 1]
                : throw SupervisionException.NotFound("report", $"{Id}/{number}");
            if (report.Status != ReportStatus.Pending)
            {
                throw SupervisionException.Conflict("report.already_reviewed", $"Report {number} was already {report.Status.ToString().ToLowerInvariant()}.");
            }

            return accept
                ? new ReportAccepted(number, checkedNote)
                : new ReportReturned(number, Text.Required(checkedNote, "reason", Text.LongMax));
        });
    }

    public Task<AssignmentView> ContributeAsync(string text, Actor actor, string? correlationId) =>
        MoveAsync(actor, correlationId, ByAgency("contribute to this item"), CycleTrigger.Contribute,
            () => new ContributionSubmitted(Text.Required(text, "text", Text.LongMax)));

    public Task<AssignmentView> WaiveAsync(string? reason, Actor actor, string? correlationId) =>
        MoveAsync(actor, correlationId, ByCoordinator("waive contributions"), CycleTrigger.Waive,
            () => new AssignmentWaived(Text.Optional(reason, "reason", Text.LongMax)));

    public async Task<AssignmentView> SubmitCompletionAsync(string evidence, Actor actor, string? correlationId)
    {
        var settled = State.Opening is { Role: AssignmentRole.Lead } o
            && (await AssignmentRows.StatusesAsync(Store, o.ItemId, AssignmentRole.Cooperating)).All(s => !AssignmentCycle.IsOpen(s));
        return await MoveAsync(actor, correlationId, ByAgency("submit completion"), CycleTrigger.SubmitCompletion, () => new CompletionSubmitted(
            Text.Required(evidence, "evidence", Text.LongMax),
            DueDates.Add(Clock.GetUtcNow(), Definition().ReviewWithin)), settled);
    }

    public Task<AssignmentView> ReviewCompletionAsync(bool approve, string? reason, Actor actor, string? correlationId) =>
        approve
            ? MoveAsync(actor, correlationId, ByCoordinator("review completions"), CycleTrigger.ApproveCompletion,
                () => new CompletionApproved(Text.Optional(reason, "note", Text.LongMax)))
            : MoveAsync(actor, correlationId, ByCoordinator("review completions"), CycleTrigger.ReturnCompletion,
                () => new CompletionReturned(Text.Required(reason, "reason", Text.LongMax), DueDates.Add(Clock.GetUtcNow(), Definition().ReworkWithin)));

    public Task<AssignmentView> WithdrawAsync(string? reason, Actor actor, string? correlationId) =>
        MoveAsync(actor, correlationId, ByCoordinator("withdraw assignments"), CycleTrigger.Withdraw,
            () => new AssignmentWithdrawn(Text.Optional(reason, "reason", Text.LongMax)));

    public Task<IReadOnlyList<Report>?> GetReportsAsync(int offset, int limit, Actor actor)
    {
        Limits.RequirePage(offset, limit, Limits.ReportsPage, "reports.page");

        return Task.FromResult<IReadOnlyList<Report>?>(
            State.Opening is { } o && CanRead(actor, [o.AgencyId])
                ? offset >= State.Reports.Count ? [] : State.Reports.GetRange(offset, Math.Min(limit, State.Reports.Count - offset))
                : null);
    }

    public Task<AssignmentView?> GetAsync(Actor actor) =>
        Task.FromResult(State.Opening is { } o && CanRead(actor, [o.AgencyId]) ? View() : null);

    protected override IEnumerable<ProjectionWrite> Project(AssignmentState state) => [AssignmentRows.Upsert(Id, state)];

    private async Task<AssignmentView> MoveAsync(
        Actor actor, string? correlationId, Action<Actor> authorize, CycleTrigger trigger, Func<IDomainEvent> makeEvent, bool cooperatorsSettled = false)
    {
        if (State.HasApplied(correlationId))
        {
            // A retry of a command already recorded: answer as before, and tell the item again in case the
            // first attempt stopped between the event and the item (telling it twice changes nothing).
            authorize(actor);
            await GrainFactory.GetGrain<IActionItemGrain>(Opening.ItemId).AssignmentChangedAsync(Id);
            return View();
        }

        Prepare(actor, authorize, trigger, cooperatorsSettled);
        var before = State.Status;
        await RecordAsync(makeEvent(), actor, correlationId);
        if (State.Status != before)
        {
            await GrainFactory.GetGrain<IActionItemGrain>(Opening.ItemId).AssignmentChangedAsync(Id);
        }

        return View();
    }

    private void Prepare(Actor actor, Action<Actor> authorize, CycleTrigger trigger, bool cooperatorsSettled = false)
    {
        _ = Opening;
        authorize(actor);
        var check = State.Cycle(cooperatorsSettled).Check(trigger);
        if (!check.Allowed)
        {
            throw CycleRefusals.From(check, trigger, State.Status);
        }
    }

    private Action<Actor> ByAgency(string doing) => a => RequireAgency(a, Opening.AgencyId, doing);

    private static Action<Actor> ByCoordinator(string doing) => a => RequireCoordinator(a, doing);

    private static ImmutableList<Report> Latest(ImmutableList<Report> reports, int count) =>
        reports.GetRange(Math.Max(0, reports.Count - count), Math.Min(count, reports.Count));

    private WorkflowDefinition Definition() => definitions.Get(Opening.DefinitionId, Opening.DefinitionVersion);

    private AssignmentView View()
    {
        var o = Opening;
        return new AssignmentView(
            Id, o.ItemId, o.PlanId, o.ItemRef, o.ItemTitle, o.AgencyId, o.Role, State.Status, o.DefinitionId, o.DefinitionVersion,
            o.AcknowledgeBy, o.Due, State.DueAt, State.Responsible, State.DisputeReason, Latest(State.Reports, RecentReports), State.Reports.Count, State.Contribution,
            State.Evidence, State.ReturnReason, State.ReviewBy, State.ReworkBy, State.ClosingNote, State.ReassignedTo,
            State.Cycle(true).PermittedTriggers, Version);
    }
}
