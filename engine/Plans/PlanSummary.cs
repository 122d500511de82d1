namespace Supervision.Engine.Plans;

/// <summary>A plan in a list.</summary>
public sealed record PlanSummary(string Id, string Title, string? Issuer, string? Issued, int ItemCount);
