namespace Supervision.Engine.Plans;

/// <summary>The programme as a coordinator states it: title, issuing body, issue date, plan-level targets.</summary>
[GenerateSerializer, Immutable]
public sealed record PlanSpec(string Title, string? Issuer, DateOnly? Issued, IReadOnlyList<Target> Targets);
