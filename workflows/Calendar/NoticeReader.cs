using Supervision.Workflows.Definition;
using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Calendar;

/// <summary>Reads one national calendar file, <c>cn-YYYY.yaml</c>, and checks it against itself and the calendar's rules.</summary>
internal static class NoticeReader
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["year"] = "the year of the notice, for example 2023",
        ["notice"] = "the notice cited: title, number, issued, sources",
        ["holidays"] = "the list of holidays, each with name, from, to and optional workdays",
    };

    private static readonly Dictionary<string, string> NoticeKeys = new(StringComparer.Ordinal)
    {
        ["title"] = "the notice's title, for example 国务院办公厅关于2023年部分节假日安排的通知",
        ["number"] = "its document number, for example 国办发明电〔2022〕16号",
        ["issued"] = "the date it was signed, YYYY-MM-DD",
        ["sources"] = "where its text was read, a list of addresses",
    };

    private static readonly Dictionary<string, string> HolidayKeys = new(StringComparer.Ordinal)
    {
        ["name"] = "the holiday's name, for example 国庆节",
        ["from"] = "the first day off, YYYY-MM-DD",
        ["to"] = "the last day off, YYYY-MM-DD",
        ["workdays"] = "optional: the weekend days worked instead (调休上班), a list of dates",
    };

    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal) { "workdays" };

    public static CalendarYear? Read(string yaml, FieldReader reader, int? expectedYear, Dictionary<DateOnly, string> seen)
    {
        if (YamlRoot.Load(yaml, reader, $"The file holds no calendar; it needs {string.Join(", ", Keys.Keys)}.", "year: 2023") is not { } root)
        {
            return null;
        }

        var fields = reader.Fields(root, "the calendar", Keys);
        int? year = null;
        if (fields.TryGetValue("year", out var yearNode) && reader.Text(yearNode, "year") is { } yearText)
        {
            year = int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 1949 and <= 9998
                ? y
                : CalendarFields.Refuse<int?>(reader, yearNode, $"'year' must be a year such as 2023; it is '{yearText}'.");
            if (year is not null && expectedYear is not null && year != expectedYear)
            {
                reader.Add(yearNode.Start, $"The file is named for {expectedYear} but says 'year: {year}'; rename the file or correct the year.");
            }
        }

        var notice = fields.TryGetValue("notice", out var noticeNode) ? Notice(noticeNode, reader, year) : null;
        var holidays = fields.TryGetValue("holidays", out var holidaysNode) && year is { } known ? Holidays(holidaysNode, reader, known, seen) : null;
        return reader.Errors.Count == 0 ? new CalendarYear(year!.Value, notice!, holidays!) : null;
    }

    private static CalendarNotice? Notice(YamlNode node, FieldReader reader, int? year)
    {
        if (CalendarFields.Mapping(reader, node, "notice") is not { } mapping)
        {
            return null;
        }

        var fields = reader.Fields(mapping, "the notice", NoticeKeys);
        var title = fields.TryGetValue("title", out var titleNode) ? reader.Text(titleNode, "title") : null;
        if (title is not null && year is not null && !title.Contains($"{year}年", StringComparison.Ordinal))
        {
            reader.Add(titleNode!.Start, $"The notice's title does not name {year}年; a file cites the notice for its own year.");
        }

        var number = fields.TryGetValue("number", out var numberNode) ? reader.Text(numberNode, "number") : null;
        var issued = fields.TryGetValue("issued", out var issuedNode) ? CalendarFields.Date(reader, issuedNode, "issued") : null;
        var sources = fields.TryGetValue("sources", out var sourcesNode) ? CalendarFields.Texts(reader, sourcesNode, "sources") : null;
        return title is null || number is null || issued is null || sources is null ? null : new CalendarNotice(title, number, issued.Value, sources);
    }

    private static List<Holiday>? Holidays(YamlNode node, FieldReader reader, int year, Dictionary<DateOnly, string> seen)
    {
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            return CalendarFields.Refuse<List<Holiday>?>(reader, node, "'holidays' must be a non-empty list of holidays, each with name, from and to.");
        }

        var holidays = new List<Holiday>();
        foreach (var item in list.Children)
        {
            if (Holiday(item, reader, year, seen) is { } holiday)
            {
                holidays.Add(holiday);
            }
        }

        return holidays.Count == list.Children.Count ? holidays : null;
    }

    private static Holiday? Holiday(YamlNode item, FieldReader reader, int year, Dictionary<DateOnly, string> seen)
    {
        if (CalendarFields.Mapping(reader, item, "holiday") is not { } mapping)
        {
            return null;
        }

        var fields = reader.Fields(mapping, "the holiday", HolidayKeys, Optional);
        var name = fields.TryGetValue("name", out var nameNode) ? reader.Text(nameNode, "name") : null;
        var from = fields.TryGetValue("from", out var fromNode) ? CalendarFields.Date(reader, fromNode, "from") : null;
        var to = fields.TryGetValue("to", out var toNode) ? CalendarFields.Date(reader, toNode, "to") : null;
        var workdays = fields.TryGetValue("workdays", out var workdaysNode) ? CalendarFields.Dates(reader, workdaysNode, "workdays") : [];
        if (name is null || from is null || to is null || workdays is null)
        {
            return null;
        }

        var before = reader.Errors.Count;
        HolidayRules.Check(reader, name, (from.Value, fromNode!), (to.Value, toNode!), workdays, year, seen);
        return reader.Errors.Count == before ? new Holiday(name, from.Value, to.Value, [.. workdays.Select(w => w.Date)]) : null;
    }
}
