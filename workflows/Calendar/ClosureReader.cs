using Supervision.Workflows.Definition;
using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Calendar;

/// <summary>Reads the office's own closures, <c>office.yaml</c>: days the office does not work beyond the national calendar.</summary>
internal static class ClosureReader
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["closures"] = "the list of closures, each with name, from and optional to",
    };

    private static readonly Dictionary<string, string> ClosureKeys = new(StringComparer.Ordinal)
    {
        ["name"] = "why the office is closed, for example 机关搬迁",
        ["from"] = "the first closed day, YYYY-MM-DD",
        ["to"] = "optional: the last closed day, YYYY-MM-DD (default: the same as from)",
    };

    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal) { "to" };

    /// <summary>The most days one closure may span; a longer one is almost surely a typing slip in a year.</summary>
    public const int LongestClosure = 31;

    public static List<OfficeClosure>? Read(string yaml, FieldReader reader)
    {
        if (YamlRoot.Load(yaml, reader, "The file holds no closures; write 'closures:' with a list (it may be empty: 'closures: []').", "closures: []") is not { } root)
        {
            return null;
        }

        var fields = reader.Fields(root, "the office calendar", Keys);
        if (!fields.TryGetValue("closures", out var node))
        {
            return null;
        }

        if (node is not YamlSequenceNode list)
        {
            return CalendarFields.Refuse<List<OfficeClosure>?>(reader, node, $"'closures' must be a list, not a {FieldReader.Shape(node)}.");
        }

        var closures = list.Children.Select(item => Closure(item, reader)).ToList();
        return reader.Errors.Count == 0 ? closures.Select(c => c!).ToList() : null;
    }

    private static OfficeClosure? Closure(YamlNode item, FieldReader reader)
    {
        if (CalendarFields.Mapping(reader, item, "closure") is not { } mapping)
        {
            return null;
        }

        var fields = reader.Fields(mapping, "the closure", ClosureKeys, Optional);
        var name = fields.TryGetValue("name", out var nameNode) ? reader.Text(nameNode, "name") : null;
        var from = fields.TryGetValue("from", out var fromNode) ? CalendarFields.Date(reader, fromNode, "from") : null;
        var to = fields.TryGetValue("to", out var toNode) ? CalendarFields.Date(reader, toNode, "to") : from;
        if (name is null || from is null || to is null)
        {
            return null;
        }

        var length = to.Value.DayNumber - from.Value.DayNumber + 1;
        return length < 1
            ? CalendarFields.Refuse<OfficeClosure?>(reader, toNode!, $"{name}: 'to' ({to:yyyy-MM-dd}) comes before 'from' ({from:yyyy-MM-dd}).")
            : length > LongestClosure
                ? CalendarFields.Refuse<OfficeClosure?>(reader, toNode!, $"{name}: {length} days is longer than a closure may be ({LongestClosure} days at most); split it or check the dates.")
                : new OfficeClosure(name, from.Value, to.Value);
    }
}
