using Supervision.Engine.Plans;

namespace Supervision.Engine.Items;

/// <summary>
/// An action item as a coordinator (or the importer) defines it; agencies are agency ids. <c>Leader</c> is the responsible
/// leader (牵头领导), a person; <c>Score</c> the item's weight in the evaluation (分值).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ItemSpec(
    string Ref,
    string Title,
    string? Text,
    DateOnly? Due,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    IReadOnlyList<Target> Targets,
    string? Leader = null,
    decimal? Score = null);
