using System.Globalization;
using System.Text.RegularExpressions;

namespace Supervision.Host.Web.Attachments;

/// <summary>
/// One evidence file as the trail records it: a line in the submitted text naming the file, its type, size and SHA-256.
/// The line is the record: the hash is in the trail, and a download is allowed only for a hash the assignment's trail holds.
/// </summary>
public sealed partial record Attachment(string Name, string ContentType, long Size, string Hash)
{
    private const string Marker = "附件 Attachment:";

    public string Line() => string.Create(CultureInfo.InvariantCulture, $"{Marker} {Name} | {ContentType} | {Size} B | sha256:{Hash}");

    /// <summary>Every attachment line in a submitted text, in order.</summary>
    public static IReadOnlyList<Attachment> In(string? text) =>
        text is null ? [] : [.. LinePattern().Matches(text).Select(m => new Attachment(
            m.Groups["name"].Value, m.Groups["type"].Value, long.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture), m.Groups["hash"].Value))];

    /// <summary>Every attachment line in any text of an event's JSON payload.</summary>
    public static IEnumerable<Attachment> InPayload(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. Strings(document.RootElement).SelectMany(In)];
    }

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [e.GetString()!],
        System.Text.Json.JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        System.Text.Json.JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    /// <summary>The text without its attachment lines: what the person wrote.</summary>
    public static string Prose(string? text) => text is null ? "" : LinePattern().Replace(text, "").TrimEnd();

    [GeneratedRegex(@"^附件 Attachment: (?<name>[^|\n]+) \| (?<type>[a-z]+/[a-z0-9.+-]+) \| (?<size>\d{1,12}) B \| sha256:(?<hash>[0-9a-f]{64})\r?$", RegexOptions.Multiline)]
    private static partial Regex LinePattern();
}
