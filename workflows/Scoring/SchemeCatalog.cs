namespace Supervision.Workflows.Scoring;

/// <summary>Every published scoring scheme, keyed by (id, version); a new evaluation takes the latest, a frozen one keeps its own.</summary>
public sealed class SchemeCatalog(IEnumerable<ScoringScheme> schemes)
{
    private readonly Dictionary<(string, int), ScoringScheme> _schemes = schemes.ToDictionary(s => (s.Id, s.Version));

    /// <summary>Loads every <c>*.yaml</c> in <see cref="SchemeLoader.DefaultFolder"/>, reporting a bad file with its name and lines.</summary>
    public static SchemeCatalog FromDefault() =>
        new(Directory.GetFiles(SchemeLoader.DefaultFolder, "*.yaml").Order(StringComparer.Ordinal).Select(SchemeLoader.LoadFile));

    public IReadOnlyList<ScoringScheme> All => [.. _schemes.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Version)];

    public ScoringScheme? Find(string id, int? version) =>
        version is { } v ? _schemes.GetValueOrDefault((id, v)) : _schemes.Values.Where(s => s.Id == id).MaxBy(s => s.Version);
}
