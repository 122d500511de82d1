namespace Supervision.Engine.Evaluation;

/// <summary>One agency's score: its total, its rank (agencies with equal totals share one), each criterion, and every line of points lost.</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyScore(string AgencyId, double Total, int Rank, IReadOnlyList<CriterionScore> Criteria, IReadOnlyList<ScoreLine> Lines);
