using System.Globalization;
using System.Text.RegularExpressions;
using Supervision.Engine.Attachments;

namespace Supervision.Host.Web.Attachments;

/// <summary>
/// The line an upload adds to the submitted text, naming the file for people reading the trail. The line grants nothing:
/// a file is reached through the record of its upload (<see cref="AttachmentQuery"/>), so a line typed by hand, naming
/// any hash at all, stays what it is: the person's text.
/// </summary>
public static partial class Attachment
{
    private const string Marker = "附件 Attachment:";

    public static string Line(AttachedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return string.Create(CultureInfo.InvariantCulture, $"{Marker} {file.Name} | {file.ContentType} | {file.Size} B | sha256:{file.Hash}");
    }

    /// <summary>The attachment lines at the very end of a text, in order: where the upload form put them.</summary>
    public static IReadOnlyList<AttachedFile> Trailing(string? text)
    {
        var lines = (text ?? "").TrimEnd().Split('\n');
        var trailing = Enumerable.Reverse(lines).TakeWhile(l => LinePattern().IsMatch(l)).Reverse();
        return [.. trailing.Select(l => Parse(LinePattern().Match(l)))];
    }

    /// <summary>The text without the lines of files recorded as uploaded where it was written: what the person wrote, hand-typed lines included.</summary>
    public static string Prose(string? text, IEnumerable<AttachedFile> recorded)
    {
        var hashes = recorded.Select(f => f.Hash).ToHashSet(StringComparer.Ordinal);
        return text is null ? "" : LinePattern().Replace(text, m => hashes.Contains(m.Groups["hash"].Value) ? "" : m.Value).TrimEnd();
    }

    /// <summary>The recorded files a text's lines name, in the text's order: the links to show beside it.</summary>
    public static IReadOnlyList<AttachedFile> Named(string? text, IEnumerable<AttachedFile> recorded)
    {
        var byHash = recorded.DistinctBy(f => f.Hash).ToDictionary(f => f.Hash, StringComparer.Ordinal);
        return text is null ? [] : [.. LinePattern().Matches(text).Select(m => byHash.GetValueOrDefault(m.Groups["hash"].Value)).OfType<AttachedFile>().Distinct()];
    }

    private static AttachedFile Parse(Match m) => new(
        m.Groups["name"].Value, m.Groups["type"].Value, long.Parse(m.Groups["size"].Value, CultureInfo.InvariantCulture), m.Groups["hash"].Value);

    [GeneratedRegex(@"^附件 Attachment: (?<name>[^|\n]+) \| (?<type>[a-z]+/[a-z0-9.+-]+) \| (?<size>\d{1,12}) B \| sha256:(?<hash>[0-9a-f]{64})\r?$", RegexOptions.Multiline)]
    private static partial Regex LinePattern();
}
