namespace Supervision.Engine.Agencies.Import;

/// <summary>
/// What committing a registry file would do to the registry as it stands: agencies added, renamed, moved to another
/// parent, given other aliases; how many rows change nothing; and every problem by line. Committable only without problems.
/// </summary>
public sealed record RegistryPreview(
    string Id,
    string FileName,
    int Rows,
    IReadOnlyList<RegistryPreview.Change> Added,
    IReadOnlyList<RegistryPreview.Change> Renamed,
    IReadOnlyList<RegistryPreview.Change> Moved,
    IReadOnlyList<RegistryPreview.Change> Aliases,
    int Unchanged,
    IReadOnlyList<RegistryProblem> Problems,
    DateTimeOffset? CommittedAt)
{
    public bool Committable => Problems.Count == 0 && CommittedAt is null;

    /// <summary>One agency the commit changes: its line, id and name, what it was (<paramref name="From"/>) and will be (<paramref name="To"/>).</summary>
    public sealed record Change(int Line, string Id, string Name, string? From, string? To);
}
