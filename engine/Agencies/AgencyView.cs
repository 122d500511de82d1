using System.Text.Json.Serialization;

namespace Supervision.Engine.Agencies;

/// <summary>An agency as the API shows it; the liaison and head are left out for readers not entitled to them.</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyView(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    bool IsGroup,
    IReadOnlyList<string> Members,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Contact? Liaison,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Contact? Head,
    long Version)
{
    /// <summary>The same agency without its people: what another agency's user may know of it.</summary>
    public AgencyView WithoutContacts() => this with { Liaison = null, Head = null };
}
