using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Groups the lines under a pasted header into rows of cells aligned to the header's columns. A row with as many
/// cells as columns (or one fewer, its merged category carried down) is taken as it stands; any other row is
/// aligned by what each cell looks like (a date, a score, a person, a list of agencies, text) and warned about.
/// </summary>
internal static partial class PastedRows
{
    public static List<(int Line, IReadOnlyList<string> Cells)> OnePerLine(string[] printed, int start, List<string> header, List<ColumnKind> kinds, List<DraftWarning> warnings)
    {
        var chunks = new List<(int Line, List<string> Cells)>();
        var numbered = kinds.Count > 0 && kinds[0] == ColumnKind.Number;
        var last = 0;
        // A number starts the next row only when it is the next row number and the row so far is half full,
        // so a score of 6 in row 5 is a cell and not row 6; right after a category row any next number (or a 1,
        // numbering restarted per category) starts one.
        bool NextRow(string cell)
        {
            if (!RowNumber().IsMatch(cell))
            {
                return false;
            }

            var number = int.Parse(cell.TrimEnd('.', '、', '．'), System.Globalization.CultureInfo.InvariantCulture);
            var afterCategory = chunks.Count > 0 && chunks[^1].Cells.Count == 0;
            return (number == last + 1 && (chunks.Count == 0 || afterCategory || chunks[^1].Cells.Count >= kinds.Count / 2)) || (afterCategory && number == 1);
        }

        for (var i = start; i < printed.Length; i++)
        {
            var cell = printed[i].Trim();
            if (cell.Length == 0)
            {
                continue;
            }

            if (Numbering.Read(ChineseFold.Fold(cell)) is { Level: 1 } || (numbered && StandsAlone(printed, i, chunks, kinds.Count, last)))
            {
                chunks.Add((i + 1, [cell]));
                chunks.Add((i + 1, []));
            }
            else if (chunks.Count == 0 || (numbered ? NextRow(cell) : chunks[^1].Cells.Count >= kinds.Count))
            {
                last = numbered && RowNumber().IsMatch(cell) ? int.Parse(cell.TrimEnd('.', '、', '．'), System.Globalization.CultureInfo.InvariantCulture) : last;
                chunks.Add((i + 1, [cell]));
            }
            else
            {
                chunks[^1].Cells.Add(cell);
            }
        }

        return [.. chunks.Where(c => c.Cells.Count > 0).Select(c => (c.Line, Row(c.Cells, c.Line, header, kinds, warnings)))];
    }

    // A cell after a full row and before the next row's number is a category row (经济发展 between rows 3 and 4).
    private static bool StandsAlone(string[] printed, int i, List<(int Line, List<string> Cells)> chunks, int columns, int last)
    {
        if (chunks.Count == 0 || chunks[^1].Cells.Count < columns || RowNumber().IsMatch(printed[i].Trim()))
        {
            return false;
        }

        var next = printed.Skip(i + 1).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return next is not null && RowNumber().IsMatch(next)
            && int.Parse(next.TrimEnd('.', '、', '．'), System.Globalization.CultureInfo.InvariantCulture) is var number && (number == last + 1 || number == 1);
    }

    public static List<(int Line, IReadOnlyList<string> Cells)> RunTogether(string[] printed, int start, List<string> header, List<ColumnKind> kinds, List<DraftWarning> warnings)
    {
        var rows = new List<(int Line, IReadOnlyList<string> Cells)>();
        for (var i = start; i < printed.Length; i++)
        {
            var cells = PastedTable.Cells(printed[i]);
            if (cells.Count == 0)
            {
                continue;
            }

            rows.Add((i + 1, Row(cells, i + 1, header, kinds, warnings)));
        }

        return rows;
    }

    private static IReadOnlyList<string> Row(List<string> cells, int line, List<string> header, List<ColumnKind> kinds, List<DraftWarning> warnings)
    {
        if (cells.Count == 1 && !RowNumber().IsMatch(cells[0]))
        {
            return cells;
        }

        if (cells.Count == kinds.Count)
        {
            return cells;
        }

        var category = kinds.IndexOf(ColumnKind.Category);
        if (category >= 0 && cells.Count == kinds.Count - 1 && category <= cells.Count)
        {
            // The merged category is carried down, unless the cells then sit in columns they do not fit.
            List<string> carried = [.. cells.Take(category), "", .. cells.Skip(category)];
            if (carried.Select((c, k) => c.Length == 0 || Fits(kinds[k], c)).All(f => f))
            {
                return carried;
            }
        }

        var aligned = Align(cells, kinds);
        // The split chosen, column by column, so the coordinator sees at once what went where.
        var split = string.Join(" | ", aligned.Select((c, k) => $"{header[k]}: {(c.Length == 0 ? "—" : c)}"));
        warnings.Add(new DraftWarning(line, "table.row_shape", $"This pasted table row has {cells.Count} cells for {kinds.Count} columns; its cells were placed by what they look like as \"{split}\", please check."));
        return aligned;
    }

    private static string[] Align(List<string> cells, List<ColumnKind> kinds)
    {
        var row = new string[kinds.Count];
        Array.Fill(row, "");
        var task = kinds.IndexOf(ColumnKind.Task);
        var k = 0;
        foreach (var cell in cells)
        {
            while (k < kinds.Count && !Fits(kinds[k], cell))
            {
                k++;
            }

            if (k < kinds.Count)
            {
                row[k++] = cell;
            }
            else if (task >= 0)
            {
                row[task] = (row[task] + " " + cell).Trim();
            }
        }

        // One list of agencies for a lead and a cooperating column: the first leads, the others cooperate.
        var (lead, cooperating) = (kinds.IndexOf(ColumnKind.Lead), kinds.IndexOf(ColumnKind.Cooperating));
        if (lead >= 0 && cooperating >= 0 && row[cooperating].Length == 0 && AgencyList.Split(row[lead]) is { Count: > 1 } names)
        {
            row[cooperating] = string.Join("、", names.Skip(1).Select(n => n.Printed));
            row[lead] = names[0].Printed;
        }

        return row;
    }

    private static bool Fits(ColumnKind kind, string cell)
    {
        var agencies = AgencyList.Split(cell) is { Count: > 0 } names && names.All(n => AgencyName.Looks(n.Printed));
        return kind switch
        {
            ColumnKind.Number => RowNumber().IsMatch(cell),
            ColumnKind.Score => Score().IsMatch(cell),
            ColumnKind.Deadline => DateLike().IsMatch(cell),
            ColumnKind.Leader => !agencies && Person().IsMatch(ChineseFold.Fold(cell)),
            ColumnKind.Lead or ColumnKind.Responsible or ColumnKind.Cooperating or ColumnKind.Assessor => agencies,
            ColumnKind.Category => cell.Length <= 15 && !agencies,
            ColumnKind.Target => cell.Any(char.IsDigit) && !DateLike().IsMatch(cell),
            _ => !agencies || cell.Length > 30,
        };
    }

    [GeneratedRegex(@"^\d{1,4}[.、．]?$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^\d+(?:\.\d+)?分?$")]
    private static partial Regex Score();

    [GeneratedRegex(@"\d{4}年|\d{1,2}月|年底|年内|长期|持续|季度|上半年|下半年|^\d{4}[.\-/]\d{1,2}")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"^[\u4e00-\u9fff·]{2,4}$|同志|区长|市长|县长|主任|书记|局长|部长|镇长")]
    private static partial Regex Person();
}
