namespace Supervision.Engine.Evaluation;

/// <summary>
/// What an evaluation covers: a period (whole days in the office's zone), one plan or all, the scheme it scores by (latest
/// version when none is named), and optionally the agency whose subtree it scores (null: every agency, the office's own).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EvaluationSpec(string Title, DateOnly From, DateOnly To, string? PlanId, string SchemeId = "standard", int? SchemeVersion = null, string? ScopeAgencyId = null);
