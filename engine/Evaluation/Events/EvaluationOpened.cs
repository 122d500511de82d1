using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation.Events;

/// <summary>
/// The office (or, for its subtree, an agency) set up an evaluation (考核评价): its period, plan and scoring scheme (the version
/// is fixed here), and the agency whose subtree it scores (<paramref name="ScopeAgencyId"/>; null in every evaluation set up before scopes: all agencies).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EvaluationOpened(string Title, DateOnly From, DateOnly To, string? PlanId, string SchemeId, int SchemeVersion, string? ScopeAgencyId = null) : IDomainEvent;
