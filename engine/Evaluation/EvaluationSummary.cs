namespace Supervision.Engine.Evaluation;

/// <summary>One evaluation in the list.</summary>
public sealed record EvaluationSummary(string Id, string Title, DateOnly From, DateOnly To, string? PlanId, string Scheme, DateTimeOffset? FrozenAt, DateTimeOffset? AsOf, string? ScopeAgencyId = null);
