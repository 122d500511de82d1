using System.Globalization;
using Supervision.Workflows.Definition;
using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Calendar;

/// <summary>The dates and lists calendar files are made of, read with their line when wrong.</summary>
internal static class CalendarFields
{
    public static DateOnly? Date(FieldReader reader, YamlNode node, string key) =>
        reader.Text(node, key) is not { } text
            ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : Refuse<DateOnly?>(reader, node, $"'{key}' must be a date written YYYY-MM-DD, such as 2023-10-01; it is '{text}'.");

    public static List<(DateOnly Date, YamlNode Node)>? Dates(FieldReader reader, YamlNode node, string key)
    {
        if (node is not YamlSequenceNode list)
        {
            return Refuse<List<(DateOnly, YamlNode)>?>(reader, node, $"'{key}' must be a list of dates such as [2022-10-08, 2022-10-09], not a {FieldReader.Shape(node)}.");
        }

        var dates = new List<(DateOnly, YamlNode)>();
        foreach (var entry in list.Children)
        {
            if (Date(reader, entry, key) is { } date)
            {
                dates.Add((date, entry));
            }
        }

        return dates.Count == list.Children.Count ? dates : null;
    }

    public static List<string>? Texts(FieldReader reader, YamlNode node, string key)
    {
        if (node is not YamlSequenceNode list)
        {
            return Refuse<List<string>?>(reader, node, $"'{key}' must be a list, not a {FieldReader.Shape(node)}.");
        }

        var texts = list.Children.Select(c => reader.Text(c, key)).ToList();
        return texts.All(t => t is not null) ? [.. texts.Select(t => t!)] : null;
    }

    public static YamlMappingNode? Mapping(FieldReader reader, YamlNode node, string what) =>
        node as YamlMappingNode ?? Refuse<YamlMappingNode?>(reader, node, $"Each {what} must be a mapping of keys, not a {FieldReader.Shape(node)}.");

    public static T Refuse<T>(FieldReader reader, YamlNode node, string message)
    {
        reader.Add(node.Start, message);
        return default!;
    }
}
