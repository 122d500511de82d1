using Supervision.Engine.Plans;

namespace Supervision.Engine.Items;

/// <summary>An action item as a coordinator (or the importer) defines it; agencies are agency ids.</summary>
[GenerateSerializer, Immutable]
public sealed record ItemSpec(
    string Ref,
    string Title,
    string? Text,
    DateOnly? Due,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    IReadOnlyList<Target> Targets);
