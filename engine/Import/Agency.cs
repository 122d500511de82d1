namespace Supervision.Engine.Import;

/// <summary>A registered agency: its canonical name, the other names documents use for it, and for a group its members.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Other names that mean this agency (short forms, older names).</param>
/// <param name="Kind">What sort of body it is.</param>
/// <param name="Members">For a group, the canonical names it expands to; empty otherwise.</param>
public sealed record Agency(string Name, IReadOnlyList<string> Aliases, AgencyKind Kind, IReadOnlyList<string> Members)
{
    /// <summary>True for a group reference such as <c>各地(州、市)人民政府(行政公署)</c>.</summary>
    public bool IsGroup => Kind == AgencyKind.Group;
}
