using System.Text.Json;

namespace Supervision.Host.Web;

/// <summary>An event's payload as "name: value" lines for a timeline: what changed, readable without JSON.</summary>
public static class PayloadLines
{
    private const int MaxLength = 600;

    public static IReadOnlyList<(string Name, string Value)> Of(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [("", Cut(document.RootElement.GetRawText()))];
        }

        return [.. document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .Where(p => p.Value.ValueKind is not JsonValueKind.Array || p.Value.GetArrayLength() > 0)
            .Select(p => (p.Name, Cut(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())))];
    }

    private static string Cut(string text) => text.Length > MaxLength ? text[..MaxLength] + " …" : text;
}
