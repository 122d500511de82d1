using Supervision.Engine.Evaluation.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation;

/// <summary>One evaluation rebuilt from its stream: what it covers, and its frozen result once frozen.</summary>
[GenerateSerializer]
public sealed class EvaluationState : TrailState
{
    [Id(0)] public EvaluationOpened? Opened { get; set; }
    [Id(1)] public DateTimeOffset OpenedAt { get; set; }
    [Id(2)] public ScoreSheet? Frozen { get; set; }
    [Id(3)] public DateTimeOffset? FrozenAt { get; set; }
    [Id(4)] public List<AgencyScore> FrozenScores { get; set; } = [];

    protected override void When(TrailEntry entry)
    {
        switch (entry.Event)
        {
            case EvaluationOpened e:
                (Opened, OpenedAt) = (e, entry.At);
                break;
            case AgencyScoreFrozen e:
                FrozenScores.Add(e.Score);
                break;
            case EvaluationFrozen e:
                // The scores come first in the freezing append, the summary last.
                (Frozen, FrozenAt) = (new ScoreSheet(e.AsOf, e.Position, [.. FrozenScores], e.Commended, e.Circulated, e.Practices), entry.At);
                break;
        }
    }
}
