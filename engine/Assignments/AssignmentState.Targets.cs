using System.Collections.Immutable;
using Supervision.Engine.MajorIssues;
using Supervision.Engine.MajorIssues.Events;
using Supervision.Engine.Rounds.Events;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>What dispatch rounds and major issues add to an assignment: report periods opened by a round, the issues raised.</summary>
public sealed partial class AssignmentState
{
    // Ids from 40 leave room for the other features' members of this state.

    /// <summary>The major issues raised on the assignment, oldest first (issue n at index n − 1).</summary>
    [Id(40)] [Immutable] public ImmutableList<MajorIssue> MajorIssues { get; set; } = [];

    /// <summary>The dispatch rounds that opened a report period here, by round number.</summary>
    [Id(41)] [Immutable] public ImmutableDictionary<int, string> RoundPeriods { get; set; } = ImmutableDictionary<int, string>.Empty;

    private void WhenRoundOrIssue(TrailEntry entry)
    {
        switch (entry.Event)
        {
            case ReportPeriodOpened e:
                RoundPeriods = RoundPeriods.SetItem(e.Round, e.Period.Name);
                if (AssignmentCycle.IsOpen(Status) && OwedReports.All(o => o.Period != e.Period.Name))
                {
                    OwedReports = OwedReports.Add(new Obligations.Obligation(
                        "report", Opening!.AgencyId, e.Period.DueAt, ReportKeyPrefix + e.Period.Name, entry.At, e.Period.Name));
                }

                break;
            case MajorIssueRaised e:
                MajorIssues = MajorIssues.Add(new MajorIssue(e.Number, e.Severity, e.Summary, e.Needs, entry.At, entry.Actor.UserId));
                break;
            case MajorIssueClosed e:
                MajorIssues = MajorIssues.SetItem(e.Number - 1, MajorIssues[e.Number - 1] with { Outcome = e.Outcome, ClosedAt = entry.At, ClosedBy = entry.Actor.UserId });
                break;
        }
    }
}
