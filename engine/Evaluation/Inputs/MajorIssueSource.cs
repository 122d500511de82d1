using Supervision.Engine.MajorIssues.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation.Inputs;

/// <summary>The major issues (重大问题) still open at the end of the window, each a deduction resting on the event that raised it.</summary>
public sealed class MajorIssueSource(CycleSource cycle) : IScoreSource
{
    private readonly Dictionary<string, (AssignmentFacts On, MajorIssueRaised Issue, EventRef Raised, DateTimeOffset? ClosedAt)> _issues = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Criteria { get; } = [Workflows.Scoring.Criteria.MajorIssues];

    public IReadOnlyList<string> EventTypes { get; } = [nameof(MajorIssueRaised), nameof(MajorIssueClosed)];

    public (string Zh, string En)? Note => null;

    public void Observe(StoredEvent stored, IDomainEvent decoded)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (cycle.Of(stored.StreamId) is not { } on)
        {
            return;
        }

        switch (decoded)
        {
            case MajorIssueRaised e:
                _issues[$"{stored.StreamId}#{e.Number}"] = (on, e, new EventRef(stored.StreamId, stored.Version, stored.Position, stored.Type, stored.At), null);
                break;
            case MajorIssueClosed e when _issues.TryGetValue($"{stored.StreamId}#{e.Number}", out var raised):
                _issues[$"{stored.StreamId}#{e.Number}"] = raised with { ClosedAt = stored.At };
                break;
        }
    }

    public IEnumerable<ScoreMark> Marks(ScoreWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return _issues.Values
            .Where(x => window.InPlan(x.On.PlanId) && x.Raised.At <= window.Until && !(x.ClosedAt <= window.Until))
            .Select(x => CycleSource.Mark(x.On, Workflows.Scoring.Criteria.MajorIssues, false, x.Raised,
                $"重大问题未办结：{x.On.ItemRef} {x.Issue.Summary}", $"Major issue still open: {x.On.ItemRef} {x.Issue.Summary}"));
    }
}
