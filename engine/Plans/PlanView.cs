using PlanPeriod = Supervision.Engine.Targets.PlanPeriod;
namespace Supervision.Engine.Plans;

/// <summary>A plan as the API shows it.</summary>
[GenerateSerializer, Immutable]
public sealed record PlanView(
    string Id,
    string Title,
    string? Issuer,
    DateOnly? Issued,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<string> ItemIds,
    DateTimeOffset? CreatedAt,
    long Version,
    PlanPeriod? Period = null);
