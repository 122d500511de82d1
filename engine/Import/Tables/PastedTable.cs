using System.Text;
using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Finds a task-breakdown table pasted as text from a web page — its header cells one per line
/// (<c>序号</c> / <c>工作任务</c> / <c>牵头单位</c> …) or run together on one line — and rewrites it as the labelled
/// text the parser reads, row by row, with a <c>table.row_shape</c> warning for each row whose shape is unsure.
/// </summary>
internal static partial class PastedTable
{
    /// <summary>The lines with every pasted table rewritten; the lines themselves when there is none.</summary>
    public static string[] Rewrite(string[] printed, List<DraftWarning> warnings)
    {
        for (var i = 0; i < printed.Length; i++)
        {
            var stacked = StackedHeader(printed, i);
            var inline = stacked.Count == 0 ? Cells(printed[i]) : [];
            var header = stacked.Count > 0 ? stacked : inline;
            var kinds = header.Select(TableHeader.KindOf).ToList();
            if (header.Count < 3 || kinds.Contains(ColumnKind.Other) || !TableHeader.IsTaskHeader(kinds))
            {
                continue;
            }

            var bodyStart = i + (stacked.Count > 0 ? stacked.Count : 1);
            var unsure = new List<DraftWarning>();
            var rows = stacked.Count > 0
                ? PastedRows.OnePerLine(printed, bodyStart, header, kinds, unsure)
                : PastedRows.RunTogether(printed, bodyStart, header, kinds, unsure);
            var text = new StringBuilder();
            var rowLines = new List<int>();
            TaskTableText.Body([.. rows.Select(r => r.Cells)], kinds, text, rowLines);
            var rendered = text.ToString().TrimEnd('\n').Split('\n');
            // A row's warning points at the line its item starts on in the text the parser reads.
            foreach (var (warning, k) in unsure.Select(w => (w, rows.FindIndex(r => r.Line == w.Line))).Where(x => x.Item2 >= 0))
            {
                warnings.Add(warning with { Line = i + 1 + rowLines[k] });
            }

            return [.. printed.Take(i), .. rendered];
        }

        return printed;
    }

    /// <summary>A line's cells: split on tabs or wide spaces, else on single spaces.</summary>
    public static List<string> Cells(string line)
    {
        var wide = Wide().Split(line.Trim()).Where(c => c.Length > 0).ToList();
        return wide.Count > 1 ? wide : [.. line.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static List<string> StackedHeader(string[] printed, int start)
    {
        var cells = new List<string>();
        for (var j = start; j < printed.Length; j++)
        {
            var cell = TableHeader.Clean(printed[j]);
            if (cell.Length == 0 || cell.Length > 8 || TableHeader.KindOf(cell) == ColumnKind.Other)
            {
                break;
            }

            cells.Add(cell);
        }

        return cells.Count >= 3 ? cells : [];
    }

    [GeneratedRegex(@"\t+|[ \u3000]{2,}")]
    private static partial Regex Wide();
}
