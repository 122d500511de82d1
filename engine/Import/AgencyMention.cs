namespace Supervision.Engine.Import;

/// <summary>An agency as printed in the document and what it resolved to.</summary>
/// <param name="Printed">The name exactly as printed (after list splitting, before prefix carry-over).</param>
/// <param name="Canonical">The registry's canonical name, or null when unresolved or ambiguous.</param>
/// <param name="Status">How resolution went; anything but resolved also produces a warning.</param>
/// <param name="Candidates">For an ambiguous name, the agencies it could mean.</param>
public sealed record AgencyMention(
    string Printed,
    string? Canonical,
    ResolutionStatus Status,
    IReadOnlyList<string> Candidates)
{
    /// <summary>A mention that resolved to <paramref name="canonical"/>.</summary>
    public static AgencyMention Resolved(string printed, string canonical) =>
        new(printed, canonical, ResolutionStatus.Resolved, []);
}
