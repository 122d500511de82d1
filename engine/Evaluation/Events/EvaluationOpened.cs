using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation.Events;

/// <summary>The office set up an evaluation (考核评价): its period, plan and scoring scheme (the version is fixed here).</summary>
[GenerateSerializer, Immutable]
public sealed record EvaluationOpened(string Title, DateOnly From, DateOnly To, string? PlanId, string SchemeId, int SchemeVersion) : IDomainEvent;
