namespace Supervision.Engine.Evaluation;

/// <summary>An evaluation and its result: frozen (as stored) or live (computed now). An agency user's view holds its own score only, unless it runs the scoped evaluation.</summary>
[GenerateSerializer, Immutable]
public sealed record EvaluationView(
    string Id, string Title, DateOnly From, DateOnly To, string? PlanId, string SchemeId, int SchemeVersion, bool Frozen, DateTimeOffset? FrozenAt,
    ScoreSheet Sheet, long Version, string? ScopeAgencyId = null);
