using Supervision.Engine.Deadlines;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Rounds;

/// <summary>The report periods dispatch rounds open on one assignment, keyed by the assignment id.</summary>
public interface IAssignmentRoundPeriods : IGrainWithStringKey
{
    /// <summary>
    /// Opens round <paramref name="round"/>'s report period on the assignment, unless it is closed or already owes (or
    /// has met) a period of that name; returns whether a period was opened.
    /// </summary>
    Task<bool> OpenRoundPeriodAsync(int round, ReportPeriod period, Actor actor, string? correlationId);
}
