namespace Supervision.Engine.Import;

/// <summary>An agency as printed in the document and what it resolved to.</summary>
/// <param name="Printed">The name exactly as printed (after list splitting, before prefix carry-over).</param>
/// <param name="Canonical">The registry's canonical name, or null when unresolved or ambiguous.</param>
/// <param name="Status">How resolution went; anything but resolved also produces a warning.</param>
/// <param name="Candidates">For an ambiguous name, the agencies it could mean.</param>
/// <param name="Note">What the document says the agency does beyond its role: <c>guidance</c> (指导) or <c>supervision</c> (督促, 监督).</param>
public sealed record AgencyMention(
    string Printed,
    string? Canonical,
    ResolutionStatus Status,
    IReadOnlyList<string> Candidates,
    string? Note = null)
{
    /// <summary>A mention that resolved to <paramref name="canonical"/>.</summary>
    public static AgencyMention Resolved(string printed, string canonical) =>
        new(printed, canonical, ResolutionStatus.Resolved, []);

    /// <summary>The name two mentions are the same agency by: the canonical name, else the printed one.</summary>
    public string Key => Canonical ?? AgencyRegistry.Key(Printed);
}
