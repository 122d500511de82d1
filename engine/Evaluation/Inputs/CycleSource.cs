using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Obligations;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Definition;
using Supervision.Workflows.Scoring;

namespace Supervision.Engine.Evaluation.Inputs;

/// <summary>
/// The cycle's figures from assignment events: acknowledgements and reports on time (each obligation counted once, at the
/// instant it was decided: done, or due and not done), reviews passed, escalation steps received by the agency.
/// Due dates in the lines are days in the office's zone (<c>Supervision:TimeZone</c>).
/// </summary>
public sealed class CycleSource(DueTimes dueTimes) : IScoreSource
{
    private readonly Dictionary<string, AssignmentFacts> _assignments = new(StringComparer.Ordinal);
    private readonly List<(AssignmentFacts On, bool Passed, EventRef Event)> _reviews = [];
    private readonly List<(AssignmentFacts On, string Step, EventRef Event)> _steps = [];

    public IReadOnlyList<string> Criteria { get; } = [Workflows.Scoring.Criteria.AcknowledgeOnTime, Workflows.Scoring.Criteria.ReportsOnTime, Workflows.Scoring.Criteria.ReviewPassRate, Workflows.Scoring.Criteria.Escalations];

    public IReadOnlyList<string> EventTypes { get; } =
    [
        nameof(AssignmentOpened), nameof(AssignmentAcknowledged), nameof(AssignmentDisputed), nameof(ReportsScheduled), nameof(ReportSubmitted),
        nameof(ReportAccepted), nameof(ReportReturned), nameof(CompletionSubmitted), nameof(CompletionApproved), nameof(CompletionReturned),
        nameof(EscalationReached), nameof(ExtensionApproved), .. CycleEvents.EndingUndone,
    ];

    public (string Zh, string En)? Note => null;

    internal IEnumerable<AssignmentFacts> Assignments => _assignments.Values;

    /// <summary>The plans whose assignments were read.</summary>
    public IReadOnlyCollection<string> Plans => [.. _assignments.Values.Select(a => a.PlanId).Distinct(StringComparer.Ordinal)];

    /// <summary>What was read of an assignment's stream, or null before its opening was read.</summary>
    internal AssignmentFacts? Of(string streamId) => _assignments.GetValueOrDefault(streamId);

    /// <summary>The opening event of an agency's first assignment in a plan: what a figure with no event of its own rests on.</summary>
    internal EventRef? OpeningOf(string planId, string agencyId) =>
        _assignments.Values.Where(a => a.PlanId == planId && a.AgencyId == agencyId).Select(a => a.Opened).MinBy(e => e.Position);

    /// <summary>The plan of an assignment's stream, when its opening was read.</summary>
    public string? PlanOf(string streamId) => _assignments.TryGetValue(streamId, out var a) ? a.PlanId : null;

    public void Observe(StoredEvent stored, IDomainEvent decoded)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var at = new EventRef(stored.StreamId, stored.Version, stored.Position, stored.Type, stored.At);
        if (decoded is AssignmentOpened opened)
        {
            var o = opened.Opening;
            _assignments[stored.StreamId] = new AssignmentFacts(o.AgencyId, o.PlanId, o.ItemRef, o.Role, at) { AcknowledgeBy = o.AcknowledgeBy, CompleteBy = o.DueBy };
            return;
        }

        if (!_assignments.TryGetValue(stored.StreamId, out var a))
        {
            return;
        }

        switch (decoded)
        {
            case AssignmentAcknowledged or AssignmentDisputed:
                a.Answered ??= at;
                break;
            case ReportsScheduled e:
                a.Scheduled = at;
                foreach (var p in e.Periods)
                {
                    a.Periods[p.Name] = (p.DueAt, null);
                }

                break;
            case ReportSubmitted { Period: { } period } when a.Periods.TryGetValue(period, out var owed):
                a.Periods[period] = (owed.DueAt, at);
                break;
            case ReportAccepted or CompletionApproved:
                _reviews.Add((a, true, at));
                break;
            case ReportReturned or CompletionReturned:
                _reviews.Add((a, false, at));
                break;
            case CompletionSubmitted:
                a.Submitted ??= at;
                break;
            case EscalationReached e when e.OwedBy == a.AgencyId:
                _steps.Add((a, e.Step, at));
                break;
            case ExtensionApproved e when ObligationKinds.Acknowledge.Is(e.Obligation):
                a.AcknowledgeBy = e.DueAt;
                break;
            case ExtensionApproved e when ObligationKinds.Complete.Is(e.Obligation) || ObligationKinds.Contribute.Is(e.Obligation):
                a.CompleteBy = e.DueAt;
                break;
            case ICycleEvent move when AssignmentCycle.EndsUndone(move.Trigger):
                a.EndedAt ??= stored.At;
                break;
        }
    }

    public IEnumerable<ScoreMark> Marks(ScoreWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        foreach (var a in _assignments.Values.Where(a => window.InPlan(a.PlanId) && window.Known(a.Opened.At)))
        {
            if (Decided(window, a.AcknowledgeBy, a.Answered, a, covered: false, a.Opened) is { } ack)
            {
                yield return ack.Met
                    ? Met(a, Workflows.Scoring.Criteria.AcknowledgeOnTime, ack.Event)
                    : Mark(a, Workflows.Scoring.Criteria.AcknowledgeOnTime, false, ack.Event,
                        $"{(ack.Event == a.Opened ? "未按期签收" : "逾期签收")} {a.ItemRef}（截止 {Day(a.AcknowledgeBy)}）",
                        $"{(ack.Event == a.Opened ? "Not acknowledged" : "Acknowledged late")}: {a.ItemRef} (due {Day(a.AcknowledgeBy)})");
            }

            foreach (var (period, (due, report)) in a.Periods)
            {
                if (Decided(window, due, report, a, covered: true, a.Scheduled ?? a.Opened) is { } r)
                {
                    yield return r.Met
                        ? Met(a, Workflows.Scoring.Criteria.ReportsOnTime, r.Event)
                        : Mark(a, Workflows.Scoring.Criteria.ReportsOnTime, false, r.Event,
                            $"{(r.Event == report ? "逾期报送" : "未按期报送")} {a.ItemRef} {period} 期（截止 {Day(due)}）",
                            $"{(r.Event == report ? "Reported late" : "Not reported")}: {a.ItemRef} {period} (due {Day(due)})");
                }
            }
        }

        foreach (var (a, passed, e) in _reviews.Where(x => window.InPlan(x.On.PlanId) && window.Counts(x.Event.At)))
        {
            if (passed)
            {
                yield return Met(a, Workflows.Scoring.Criteria.ReviewPassRate, e);
                continue;
            }

            var what = e.Type.StartsWith("Completion", StringComparison.Ordinal) ? ("办结申请", "completion") : ("进展报告", "report");
            yield return Mark(a, Workflows.Scoring.Criteria.ReviewPassRate, passed, e,
                $"{a.ItemRef} {what.Item1}{(passed ? "审核通过" : "被退回")}", $"{a.ItemRef} {what.Item2} {(passed ? "accepted" : "returned")}");
        }

        foreach (var (a, step, e) in _steps.Where(x => window.InPlan(x.On.PlanId) && window.Counts(x.Event.At) && x.Step != LadderSteps.Name(EscalationStepKind.Remind)))
        {
            yield return Mark(a, Workflows.Scoring.Criteria.Escalations, false, e, $"{StepZh(step)} {a.ItemRef}", $"{step} on {a.ItemRef}") with { Step = step };
        }
    }

    /// <summary>
    /// An obligation due at <paramref name="due"/> is decided when done (met, if by then) or when due (missed); it counts in the
    /// window that holds that instant, and only when it was still owed. A miss rests on the late event when known, else on <paramref name="owedBy"/>.
    /// </summary>
    internal static (bool Met, EventRef Event)? Decided(ScoreWindow window, DateTimeOffset due, EventRef? done, AssignmentFacts a, bool covered, EventRef owedBy)
    {
        var known = done is not null && window.Known(done.At) ? done : null;
        if (known is not null && known.At <= due)
        {
            return window.Counts(known.At) ? (true, known) : null;
        }

        return window.Counts(due) && a.Owed(due, covered) ? (false, known ?? owedBy) : null;
    }

    // A met obligation costs nothing and shows no line: it needs no words (a year of a large installation has ~10⁵ of them).
    internal static ScoreMark Met(AssignmentFacts a, string criterion, EventRef e) => new(a.AgencyId, a.PlanId, criterion, true, null, a.ItemRef, e, "", "");

    internal static ScoreMark Mark(AssignmentFacts a, string criterion, bool met, EventRef e, string zh, string en) =>
        new(a.AgencyId, a.PlanId, criterion, met, null, a.ItemRef, e, zh, en);

    private string Day(DateTimeOffset at) => dueTimes.LocalDate(at).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string StepZh(string step) => Trail.Words.LadderWords.Step(step).Zh;
}
