using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Parts;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Obligations;
using Supervision.Engine.Rounds.Events;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Rounds;

/// <summary>Dispatch rounds: a round's report period becomes one more report obligation of each open assignment.</summary>
public sealed class RoundsPart : IAssignmentPart
{
    /// <summary>Whether round <paramref name="round"/>'s period is one more to owe here: not opened already, the work open and the period unreported.</summary>
    public static bool Opens(AssignmentState state, int round, ReportPeriod period) =>
        state.Opening is not null && !state.Slice<RoundsSlice>().Periods.ContainsKey(round)
        && AssignmentCycle.IsOpen(state.Status) && state.Reports.All(r => r.Period != period.Name);

    public void When(AssignmentState state, TrailEntry entry)
    {
        if (entry.Event is not ReportPeriodOpened e)
        {
            return;
        }

        state.SetSlice(new RoundsSlice { Periods = state.Slice<RoundsSlice>().Periods.SetItem(e.Round, e.Period.Name) });
        if (AssignmentCycle.IsOpen(state.Status) && state.OwedReports.All(o => o.Period != e.Period.Name))
        {
            state.OwedReports = state.OwedReports.Add(ObligationKinds.Report.Owed(state.Opening!.AgencyId, e.Period.DueAt, entry.At, e.Period.Name));
        }
    }
}
