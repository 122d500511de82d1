namespace Supervision.Engine.Evaluation.Inputs;

/// <summary>
/// Stands in for attainment against pace (序时进度) until indicator targets are kept: each lead assignment whose due day
/// falls in the window counts as met when its completion was submitted by then. Said as such on every score.
/// </summary>
public sealed class CompletionPaceSource(CycleSource cycle) : IScoreSource
{
    public IReadOnlyList<string> Criteria { get; } = [Workflows.Scoring.Criteria.Attainment];

    public IReadOnlyList<string> EventTypes { get; } = [];

    public (string Zh, string En)? Note { get; } = ("指标序时进度尚未接入，暂以牵头任务按期申报办结计", "indicator pace not kept yet: counted as lead assignments submitted for completion by their due day");

    public void Observe(Trail.StoredEvent stored, Trail.IDomainEvent decoded)
    {
    }

    public IEnumerable<ScoreMark> Marks(ScoreWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        foreach (var a in cycle.Assignments.Where(a => a.Role == Workflows.Cycle.AssignmentRole.Lead && a.CompleteBy is not null && window.InPlan(a.PlanId)))
        {
            if (CycleSource.Decided(window, a.CompleteBy!.Value, a.Submitted, a, covered: false, a.Opened) is { } d)
            {
                yield return d.Met
                    ? CycleSource.Mark(a, Workflows.Scoring.Criteria.Attainment, true, d.Event, $"{a.ItemRef} 按期申报办结", $"{a.ItemRef} submitted for completion by its due day")
                    : CycleSource.Mark(a, Workflows.Scoring.Criteria.Attainment, false, d.Event,
                        $"{a.ItemRef} 未按期申报办结（截止 {CycleSource.Day(a.CompleteBy.Value)}）", $"{a.ItemRef} not submitted for completion by {CycleSource.Day(a.CompleteBy.Value)}");
            }
        }
    }
}
