using System.Collections.Immutable;
using Supervision.Engine.Access;
using Supervision.Engine.Attachments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Obligations;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Definition;
using static Supervision.Engine.Access.Access;
using Limits = Supervision.Engine.Access.Limits;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Assignments;

public sealed partial class AssignmentGrain(IEventStore store, TimeProvider clock, DefinitionCatalog definitions, DueTimes dueTimes)
    : TrailGrain<AssignmentState>(store, clock), IAssignmentGrain
{
    /// <summary>How many of the latest reports a view carries: a command's answer stays small however long the history.</summary>
    public const int RecentReports = 10;

    /// <summary>The most reports one page of <see cref="GetReportsAsync"/> returns.</summary>
    public const int MaxReportPage = Limits.ReportsPage;

    protected override string StreamPrefix => StreamIds.AssignmentKind;

    private string Id => this.GetPrimaryKeyString();

    private AssignmentOpening Opening => State.Opening ?? throw SupervisionException.NotFound("assignment", Id);

    // During a move, the cooperators' statuses are read once: its check and its answer's moves share them. They only
    // ever move towards closed, so the answer can at most leave out a move that has just become possible.
    private bool _moving;
    private List<AssignmentStatus>? _cooperators;

    public async Task<AssignmentView> OpenAsync(AssignmentOpening opening, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "dispatch work");
        if (State.Opening is null)
        {
            await RecordAsync(new AssignmentOpened(opening), actor, correlationId);
        }

        return await ViewAsync(actor);
    }

    public Task<AssignmentView> AcknowledgeAsync(Responsible responsible, Actor actor, string? correlationId) =>
        MoveAsync(actor, correlationId, () => new AssignmentAcknowledged(
            new Responsible(
                Text.Required(responsible?.Name, "responsible.name"),
                Text.Optional(responsible?.Phone, "responsible.phone", 40),
                Text.Optional(responsible?.Email, "responsible.email", 254))));

    public Task<AssignmentView> DisputeAsync(string reason, Actor actor, string? correlationId) =>
        MoveAsync(actor, correlationId, () => new AssignmentDisputed(Text.Required(reason, "reason", Text.LongMax)));

    public async Task<AssignmentView> ResolveDisputeAsync(DisputeOutcome outcome, string? toAgencyId, string? note, Actor actor, string? correlationId)
    {
        var checkedNote = Text.Optional(note, "note", Text.LongMax);
        if (outcome != DisputeOutcome.Reassign)
        {
            return await MoveAsync(actor, correlationId, () => outcome == DisputeOutcome.Reject
                ? new DisputeRejected(checkedNote)
                : new DisputeUpheldWithdrawn(checkedNote));
        }

        // Checked before recording, so the hand-over the reaction makes can only fail if the world changed in between.
        var to = Text.Required(toAgencyId, "to_agency_id");
        if (!State.HasApplied(correlationId) && State.Opening is { } o && Parties.Of(actor, o.AgencyId, Reviewer) == CycleParty.Office)
        {
            await ItemRules.RequireAgenciesAsync(GrainFactory, [to], "to_agency_id");
            if (Reviewer is { } parentAgency)
            {
                // A sub-assignment is handed over below its parent's agency, where its successor will be cascaded.
                await Cascade.CascadeChecks.CheckHandOverAsync(Tables, to, parentAgency, o);
            }
            else if ((await GrainFactory.GetGrain<IActionItemGrain>(o.ItemId).GetAsync(actor))?.Assignments.Any(a => a.AgencyId == to) == true)
            {
                throw SupervisionException.Conflict("item.agency_already_assigned", $"Agency '{to}' already has an assignment on item {o.ItemRef}.");
            }
        }

        return await MoveAsync(actor, correlationId, () => new DisputeUpheldReassigned(to, AssignmentIds.For(Opening.ItemId, to), checkedNote));
    }

    public Task<AssignmentView> SubmitReportAsync(
        string narrative, IReadOnlyList<Indicator> indicators, Actor actor, string? correlationId, string? period = null, IReadOnlyList<AttachedFile>? files = null) =>
        MoveAsync(actor, correlationId, () => new ReportSubmitted(
            State.Reports.Count + 1,
            Text.Required(narrative, "narrative", Text.LongMax),
            [.. (Limits.Bounded(indicators, "indicators", Limits.IndicatorsPerReport) ?? []).Select((x, i) => x is null
                ? throw SupervisionException.Invalid("input.required", $"'indicators[{i}]' must be an indicator, not null.", $"indicators[{i}]")
                : new Indicator(Text.Required(x.Name, $"indicators[{i}].name"), x.Value, Text.Optional(x.Unit, $"indicators[{i}].unit", 20)))],
            OwedPeriod(period),
            AttachedFiles.Checked(files)));

    public Task<AssignmentView> ReviewReportAsync(int number, bool accept, string? note, Actor actor, string? correlationId)
    {
        var checkedNote = Text.Optional(note, accept ? "note" : "reason", Text.LongMax);
        return MoveAsync(actor, correlationId, () =>
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

    public Task<AssignmentView> ContributeAsync(string text, Actor actor, string? correlationId, IReadOnlyList<AttachedFile>? files = null) =>
        MoveAsync(actor, correlationId, () => new ContributionSubmitted(Text.Required(text, "text", Text.LongMax), AttachedFiles.Checked(files)));

    public Task<AssignmentView> WaiveAsync(string? reason, Actor actor, string? correlationId) =>
        MoveAsync(actor, correlationId, () => new AssignmentWaived(Text.Optional(reason, "reason", Text.LongMax)));

    public Task<AssignmentView> SubmitCompletionAsync(string evidence, Actor actor, string? correlationId, IReadOnlyList<AttachedFile>? files = null) =>
        MoveAsync(actor, correlationId, () => new CompletionSubmitted(
            Text.Required(evidence, "evidence", Text.LongMax),
            dueTimes.Add(Clock.GetUtcNow(), Definition().ReviewWithin, Definition().Cutoff),
            AttachedFiles.Checked(files)));

    public Task<AssignmentView> ReviewCompletionAsync(bool approve, string? reason, Actor actor, string? correlationId) =>
        approve
            ? MoveAsync(actor, correlationId, () => new CompletionApproved(Text.Optional(reason, "note", Text.LongMax)))
            : MoveAsync(actor, correlationId, () => new CompletionReturned(
                Text.Required(reason, "reason", Text.LongMax), dueTimes.Add(Clock.GetUtcNow(), Definition().ReworkWithin, Definition().Cutoff)));

    public Task<AssignmentView> WithdrawAsync(string? reason, Actor actor, string? correlationId) =>
        MoveAsync(actor, correlationId, () => new AssignmentWithdrawn(Text.Optional(reason, "reason", Text.LongMax)));

    public Task<IReadOnlyList<Report>?> GetReportsAsync(int offset, int limit, Actor actor)
    {
        Paging.Check(offset, limit, MaxReportPage);
        return Task.FromResult<IReadOnlyList<Report>?>(
            State.Opening is { } o && SeesAssignmentOf(actor, o.AgencyId, Above)
                ? offset >= State.Reports.Count ? [] : State.Reports.GetRange(offset, Math.Min(limit, State.Reports.Count - offset))
                : null);
    }

    public async Task<int> EscalateDueAsync()
    {
        if (State.Opening is null || !AssignmentCycle.IsOpen(State.Status))
        {
            return 0;
        }

        var (ladder, now) = (Ladder(), Clock.GetUtcNow());
        // The ladder's steps first: a level of the chain is told only of a step already reached.
        IReadOnlyList<IDomainEvent> due = [.. Escalations.DueBy(State, ladder, now), .. ChainEscalation.ChainSteps.DueBy(State, ladder, now)];
        if (due.Count > 0)
        {
            await RecordAsync(due, Actor.System, null);
        }

        return due.Count;
    }

    public async Task<AssignmentView> EscalateAsync(string reason, string? step, string? colour, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "escalate by hand");
        var checkedReason = Text.Required(reason, "reason", Text.LongMax);
        if (!State.HasApplied(correlationId))
        {
            await RecordAsync(ByHand.Step(State, Ladder(), Id, checkedReason, step, colour, Clock.GetUtcNow()), actor, correlationId);
        }

        return await ViewAsync(actor);
    }

    public async Task<AssignmentView?> GetAsync(Actor actor) =>
        State.Opening is { } o && SeesAssignmentOf(actor, o.AgencyId, Above) ? await ViewAsync(actor) : null;

    // A sub-assignment's reviewer (its parent's agency) and the agencies above it; none for a dispatched assignment.
    private string? Reviewer => Cascade.CascadePart.Link(State)?.ReviewerAgencyId;

    private IReadOnlyList<string>? Above => Cascade.CascadePart.Link(State)?.Chain;

    protected override IEnumerable<ProjectionWrite> Project(AssignmentState before, AssignmentState after, IReadOnlyList<RecordedEvent> recorded) =>
        [AssignmentRows.Upsert(Id, after), .. ObligationRows.Follow(Id, before, after, Cause(recorded), Ladder(after.Opening)),
         .. AttachmentRows.Follow(StreamId, recorded), .. Parts.AssignmentParts.All.SelectMany(p => p.Project(Id, before, after, recorded))];

    protected override IEnumerable<Reaction> React(AssignmentState before, AssignmentState after, RecordedEvent recorded)
    {
        var o = after.Opening!;
        // The clock's own steps need no firing asked for: the sweep that recorded them makes sure of the next one.
        if (recorded.Event is not (EscalationReached { ByHand: false } or ChainEscalation.Events.EscalationPassedUp))
        {
            var ladder = Ladder(o);
            foreach (var at in ObligationRows.NextInstants(after, ladder).Except(ObligationRows.NextInstants(before, ladder)).Distinct())
            {
                yield return ScheduleDeadlineHandler.For(at);
            }
        }

        // A sub-assignment's hand-over is its parent's to make (CascadePart), not the item's.
        if (recorded.Event is DisputeUpheldReassigned handedOver && Cascade.CascadePart.Link(after) is null)
        {
            yield return Reaction.Of(ReassignHandler.Kind, o.ItemId, new ReassignHandler.Request(Id, handedOver.ToAgencyId));
        }
        else if (before.Opening is not null && AssignmentCycle.IsOpen(before.Status) && !AssignmentCycle.IsOpen(after.Status))
        {
            yield return Reaction.Of(AssignmentClosedHandler.Kind, o.ItemId, new AssignmentClosedHandler.Request(Id));
        }

        foreach (var reaction in Notices.NoticeRules.For(before, after, recorded).Concat(Parts.AssignmentParts.All.SelectMany(p => p.React(before, after, recorded))))
        {
            yield return reaction;
        }
    }

    /// <summary>
    /// One move of the cycle: the outsider is refused first, then the event is built (checking the input), its
    /// trigger checked against who acts and against the machine with the real facts, and the event recorded.
    /// Its consequences are reactions declared in <see cref="React"/>, written with it.
    /// </summary>
    private async Task<AssignmentView> MoveAsync(Actor actor, string? correlationId, Func<ICycleEvent> makeEvent)
    {
        Parties.RequireAny(actor, Opening.AgencyId, Reviewer);
        if (State.HasApplied(correlationId))
        {
            // A retry of a command already recorded: answer as before. Its consequences are durable reactions.
            return await ViewAsync(actor);
        }

        var @event = makeEvent();
        Parties.Require(actor, Opening.AgencyId, @event.Trigger, Reviewer);
        _moving = true;
        try
        {
            if (RefusalOfParts(@event.Trigger) is { } refused)
            {
                throw refused;
            }

            var check = (await CycleAsync()).Check(@event.Trigger);
            if (!check.Allowed)
            {
                throw CycleRefusals.From(check, @event.Trigger, State.Status);
            }

            // A keyed command's answer is the view after its event, stored in the event's own transaction.
            AssignmentView? answered = null;
            await RecordAsync(WithSchedule(@event), actor, correlationId, async (after, version) => answered = await ViewAsync(actor, after, version));
            return answered ?? await ViewAsync(actor);
        }
        finally
        {
            (_moving, _cooperators) = (false, null);
        }
    }

    // A part's refusal of a move (a parent with open children cannot complete): checked before a move, and kept out of the moves offered.
    private Errors.SupervisionException? RefusalOfParts(CycleTrigger trigger, AssignmentState? state = null) =>
        Parts.AssignmentParts.All.Select(p => p.Refuse(state ?? State, trigger)).FirstOrDefault(r => r is not null);

    // What an append's obligations changed because of: its move of the cycle when it has one (an acknowledgement
    // recorded with its report schedule), else its last event.
    private static RecordedEvent Cause(IReadOnlyList<RecordedEvent> recorded) =>
        recorded.FirstOrDefault(r => r.Event is ICycleEvent) ?? recorded[^1];

    // The lead's work starts at acknowledgement: its report periods are fixed then, in the same append.
    private IEnumerable<IDomainEvent> WithSchedule(ICycleEvent @event)
    {
        yield return @event;
        if (@event is AssignmentAcknowledged && Opening.Role == AssignmentRole.Lead
            && ReportPeriods.From(dueTimes.LocalDate(Clock.GetUtcNow()), Opening.Due, Definition(), dueTimes) is { Count: > 0 } periods)
        {
            yield return new ReportsScheduled(periods);
        }
    }

    // The period a report meets: the one named, which must be owed, or else the oldest owed.
    private string? OwedPeriod(string? period)
    {
        if (period is null)
        {
            return State.OwedReports.FirstOrDefault()?.Period;
        }

        return State.OwedReports.Any(o => o.Period == period)
            ? period
            : throw SupervisionException.Conflict("report.period_not_owed", $"No report is owed for period '{period}'; owed: {string.Join(", ", State.OwedReports.Select(o => o.Period))}.")
                .With("period", period);
    }

    /// <summary>The machine over the state with the facts as they are: whether the item's cooperators have settled is read, not assumed.</summary>
    private async Task<AssignmentCycle> CycleAsync(AssignmentState? state = null)
    {
        var (o, s) = (Opening, state ?? State);
        var settled = o.Role == AssignmentRole.Lead
            && s.Status is AssignmentStatus.InProgress or AssignmentStatus.Rework
            && (await CooperatorsAsync(o)).All(c => !AssignmentCycle.IsOpen(c));
        return s.Cycle(settled);
    }

    private async Task<List<AssignmentStatus>> CooperatorsAsync(AssignmentOpening o)
    {
        var statuses = _cooperators ?? await AssignmentRows.StatusesAsync(Tables, o.ItemId, AssignmentRole.Cooperating, Cascade.CascadePart.Link(State)?.ParentId);
        _cooperators = _moving ? statuses : null;
        return statuses;
    }

    private WorkflowDefinition Definition() => definitions.Get(Opening.DefinitionId, Opening.DefinitionVersion);

    // Built from the opening being recorded too: while an AssignmentOpened is written, the confirmed state has none yet.
    private Ladder Ladder(AssignmentOpening? opening = null)
    {
        var o = opening ?? Opening;
        return _ladder ??= new Ladder(definitions.Get(o.DefinitionId, o.DefinitionVersion), dueTimes, o.Major);
    }

    private Ladder? _ladder;

    private static ImmutableList<Report> Latest(ImmutableList<Report> reports, int count) =>
        reports.GetRange(Math.Max(0, reports.Count - count), Math.Min(count, reports.Count));

    private Task<AssignmentView> ViewAsync(Actor reader) => ViewAsync(reader, State, Version);

    /// <summary>The view of <paramref name="s"/> at <paramref name="version"/>: the confirmed state, or a keyed move's state after its event before they are committed.</summary>
    private async Task<AssignmentView> ViewAsync(Actor reader, AssignmentState s, int version)
    {
        var o = Opening;
        var moves = Parties.Of(reader, o.AgencyId, Reviewer) is { } party && AssignmentCycle.IsOpen(s.Status)
            ? [.. (await CycleAsync(s)).PermittedFor(party).Where(t => Parties.May(reader, o.AgencyId, Reviewer, t) && RefusalOfParts(t, s) is null)]
            : new List<CycleTrigger>();
        var owed = Owed(s);
        return new AssignmentView(
            Id, o.ItemId, o.PlanId, o.ItemRef, o.ItemTitle, o.AgencyId, o.Role, s.Status, o.DefinitionId, o.DefinitionVersion,
            o.AcknowledgeBy, o.Due, s.DueAt, s.Responsible, s.DisputeReason, Latest(s.Reports, RecentReports), s.Reports.Count, s.Contribution,
            s.Evidence, s.ReturnReason, s.ReviewBy, s.ReworkBy, s.ClosingNote, s.ReassignedTo,
            moves, version, Rag.Worst(owed.Select(x => x.Rag)), owed, s.LastEscalation, Extensions.ExtensionsPart.Pending(s),
            Interviews.InterviewsPart.Of(s));
    }

    private List<OwedView> Owed(AssignmentState? state = null)
    {
        var (s, ladder) = (state ?? State, Ladder());
        var now = Clock.GetUtcNow();
        return [.. Obligations.Obligation.AllOf(s).Select(o =>
        {
            var reached = s.RungReached(o.Key);
            var step = reached >= 0 ? ladder.Definition.Ladder[reached] : null;
            var next = ladder.Next(o, reached);
            var colour = Rag.Of(o.DueAt, ladder.WarnAt(o), step is not null, step is { IsOverdue: true }, now);
            return new OwedView(o.Kind, o.Period, o.OwedBy, o.DueAt, step is null ? null : LadderSteps.Name(step.Kind), next?.Name, next?.At, colour);
        })];
    }
}
