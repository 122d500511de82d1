namespace Supervision.Engine.Evaluation.Inputs;

/// <summary>Stands in for open major issues (重大问题) until they are kept: no deduction, said as such on every score.</summary>
public sealed class MajorIssueStandIn : IScoreSource
{
    public IReadOnlyList<string> Criteria { get; } = [Workflows.Scoring.Criteria.MajorIssues];

    public IReadOnlyList<string> EventTypes { get; } = [];

    public (string Zh, string En)? Note { get; } = ("重大问题尚未接入，本项暂不扣分", "major issues not kept yet: nothing deducted");

    public void Observe(Trail.StoredEvent stored, Trail.IDomainEvent decoded)
    {
    }

    public IEnumerable<ScoreMark> Marks(ScoreWindow window) => [];
}
