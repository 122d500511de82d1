namespace Supervision.Engine.Agencies;

/// <summary>
/// The agencies below <paramref name="AgencyId"/>, down to <paramref name="Depth"/> levels (1: its children), parents
/// before their children. <paramref name="Truncated"/> says the list stopped at <see cref="AgencySubtreeQuery.MaxAgencies"/>.
/// </summary>
public sealed record AgencySubtree(string AgencyId, string Name, int Depth, bool Truncated, IReadOnlyList<AgencySubtree.Descendant> Agencies)
{
    /// <summary>One agency below: its level counts from 1 (a child of the root).</summary>
    public sealed record Descendant(string Id, string Name, string ParentId, int Level);
}
