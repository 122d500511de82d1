using System.Text;
using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Writes a task-breakdown table as the labelled text the parser reads: rows above the header as lines (the
/// title), a category heading whenever the category column (carried down over merged cells) changes, and per
/// row <c>n.任务</c>, <c>目标:…</c>, <c>牵头单位:…</c>, <c>配合单位:…</c>, <c>牵头领导:…</c>, <c>完成时限:…</c>, <c>分值:…</c>.
/// </summary>
internal static partial class TaskTableText
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>Renders <paramref name="rows"/>; a table without a task header is written one row per line.</summary>
    public static void Render(IReadOnlyList<IReadOnlyList<string>> rows, StringBuilder text)
    {
        if (TableHeader.Find(rows) is not { } header)
        {
            foreach (var row in rows)
            {
                text.Append(string.Join(' ', row.Where(c => c.Length > 0))).Append('\n');
            }

            return;
        }

        foreach (var row in rows.Take(header.Row))
        {
            text.Append(string.Join(' ', row.Where(c => c.Length > 0).Distinct())).Append('\n');
        }

        Body(rows.Skip(header.Row + header.Rows).ToList(), header.Kinds, text);
    }

    /// <summary>Renders rows already aligned to <paramref name="kinds"/> (the header left out).</summary>
    /// <param name="rowLines">When given, gets each row's 0-based line in what is written (its item's line, or its heading's).</param>
    public static void Body(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<ColumnKind> kinds, StringBuilder text, List<int>? rowLines = null)
    {
        var itemLine = 0;
        string Cell(IReadOnlyList<string> row, ColumnKind kind)
        {
            var cells = Enumerable.Range(0, Math.Min(kinds.Count, row.Count)).Where(i => kinds[i] == kind).Select(i => row[i].Trim()).Where(c => c.Length > 0);
            return string.Join(kind is ColumnKind.Category or ColumnKind.Task or ColumnKind.Target ? " " : "、", cells.Distinct());
        }

        string? category = null;
        var sections = 0;
        var counter = 0;
        (string Number, string Task) previous = ("", "");
        foreach (var row in rows)
        {
            var distinct = row.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
            var task = Flat(Cell(row, ColumnKind.Task));
            if (distinct.Count == 0)
            {
                rowLines?.Add(itemLine);
                continue;
            }

            // One text across the row (a merged section row): a heading, not a task.
            if (distinct.Count == 1 && (task.Length == 0 || row.Count(c => c.Trim().Length > 0) > 1))
            {
                rowLines?.Add(Lines(text));
                category = distinct[0];
                text.Append(Heading(category, ref sections)).Append('\n');
                counter = 0;
                continue;
            }

            var rowCategory = Cell(row, ColumnKind.Category);
            if (rowCategory.Length > 0 && rowCategory != category)
            {
                category = rowCategory;
                text.Append(Heading(Flat(category), ref sections)).Append('\n');
                counter = 0;
            }

            var number = Cell(row, ColumnKind.Number).TrimEnd('.', '、', '．');
            if ((number, task) != previous || task.Length == 0)
            {
                itemLine = Lines(text);
                counter++;
                text.Append(Label(number, counter)).Append(task.Length == 0 ? "(未写任务)" : task).Append('\n');
                previous = (number, task);
                Line(text, "目标:", Flat(Cell(row, ColumnKind.Target)));
            }

            Line(text, "牵头单位:", Cell(row, ColumnKind.Lead));
            // 负责单位: the first of several responsible agencies leads (a reading the draft warns of unless a rule says so).
            Line(text, "负责单位:", Cell(row, ColumnKind.Responsible));
            Line(text, "配合单位:", Cell(row, ColumnKind.Cooperating));
            Line(text, "监考单位:", Cell(row, ColumnKind.Assessor));
            Line(text, "牵头领导:", Cell(row, ColumnKind.Leader));
            Line(text, "完成时限:", Flat(Cell(row, ColumnKind.Deadline)));
            Line(text, "分值:", Cell(row, ColumnKind.Score));
            rowLines?.Add(itemLine);
        }
    }

    private static int Lines(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += chunk.Span.Count('\n');
        }

        return count;
    }

    private static string Label(string number, int counter) =>
        Digits().IsMatch(number) ? $"{number}." : ChineseNumeral().IsMatch(number) ? $"({number})" : $"{counter}.";

    // A category without its own number becomes a numbered heading (一、…), so its rows' refs are 一1, 一2 ….
    private static string Heading(string category, ref int sections)
    {
        sections++;
        return Numbering.Read(ChineseFold.Fold(category)) is not null
            ? category
            : $"{(sections <= Numerals.Length ? Numerals[sections - 1] : sections <= 99 ? Numerals[(sections / 10) - 1].Replace("一", "", StringComparison.Ordinal) + "十" + (sections % 10 == 0 ? "" : Numerals[(sections % 10) - 1]) : "十")}、{category}";
    }

    private static string Flat(string cell) => string.Join(' ', cell.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static void Line(StringBuilder text, string label, string value)
    {
        var flat = value.Replace("\n", "、", StringComparison.Ordinal).Trim();
        if (flat.Length > 0)
        {
            text.Append(label).Append(flat).Append('\n');
        }
    }

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[一二三四五六七八九十]{1,3}$")]
    private static partial Regex ChineseNumeral();
}
