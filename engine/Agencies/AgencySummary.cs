using System.Text.Json.Serialization;

namespace Supervision.Engine.Agencies;

/// <summary>An agency in a list; the liaison's name only for readers entitled to the agency's contacts.</summary>
public sealed record AgencySummary(
    string Id,
    string Name,
    string Kind,
    bool IsGroup,
    IReadOnlyList<string> Aliases,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LiaisonName);
