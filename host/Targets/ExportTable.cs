using System.Globalization;
using System.Text;

namespace Supervision.Host.Targets;

/// <summary>
/// One table of an export: headers and rows of typed cells (string, decimal, int, DateTime for a date, or null). Written
/// to a sheet as they are, so numbers stay numbers and dates dates; to CSV as invariant text with a UTF-8 BOM (Excel
/// then reads the Chinese), dates as yyyy-MM-dd, fields quoted when they hold a comma, quote or line break.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    public IEnumerable<Dictionary<string, object?>> Records() =>
        Rows.Select(r => Headers.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2, StringComparer.Ordinal));

    public byte[] Csv()
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Headers.Select(Quote))).Append("\r\n");
        foreach (var row in Rows)
        {
            text.Append(string.Join(',', row.Select(Cell))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text.StartsWith(' ') ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
