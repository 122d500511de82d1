using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Engine.Import;

/// <summary>
/// Renders a Word table. When its header names a task column (任务, 工作任务 …) every row becomes an item
/// in the labelled-line form the parser already reads (<c>1.任务</c> / <c>牵头单位:…</c> / <c>配合单位:…</c> /
/// <c>完成时限:…</c>); a row with one text across (a section heading) stays a line; other tables are flattened.
/// </summary>
internal static partial class DocxTable
{
    public static void Render(Table table, StringBuilder text)
    {
        var rows = table.Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(DocxReader.TextOf)).Trim()).ToList())
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var header = rows[0].Select(h => ChineseFold.Fold(h).Replace(" ", "", StringComparison.Ordinal)).ToList();
        int Column(Regex pattern) => header.FindIndex(pattern.IsMatch);
        var task = Column(TaskHeader());
        if (task < 0)
        {
            rows.ForEach(r => text.Append(string.Join(' ', r.Where(c => c.Length > 0))).Append('\n'));
            return;
        }

        var (number, lead, cooperating, responsible, deadline) =
            (Column(NumberHeader()), Column(LeadHeader()), Column(CooperatingHeader()), Column(ResponsibleHeader()), Column(DeadlineHeader()));
        string Cell(List<string> row, int column) => column >= 0 && column < row.Count ? row[column] : "";
        var counter = 0;
        foreach (var row in rows.Skip(1))
        {
            var distinct = row.Where(c => c.Length > 0).Distinct().ToList();
            if (distinct.Count <= 1)
            {
                text.Append(distinct.FirstOrDefault() ?? "").Append('\n');
                continue;
            }

            counter++;
            var n = Cell(row, number).TrimEnd('.', '、', '．');
            var label = n.Length == 0 ? $"{counter}." : ChineseNumeral().IsMatch(n) ? $"({n})" : $"{n}.";
            text.Append(label).Append(Cell(row, task)).Append('\n');
            Labelled(text, "牵头单位", Cell(row, lead));
            Labelled(text, "责任单位", Cell(row, responsible));
            Labelled(text, "配合单位", Cell(row, cooperating));
            Labelled(text, "完成时限", Cell(row, deadline));
        }
    }

    private static void Labelled(StringBuilder text, string label, string value)
    {
        if (value.Length > 0)
        {
            text.Append(label).Append(':').Append(value.Replace('\n', '、')).Append('\n');
        }
    }

    [GeneratedRegex("^(序号|编号|序列)$")]
    private static partial Regex NumberHeader();

    [GeneratedRegex("任务|措施|工作内容|事项")]
    private static partial Regex TaskHeader();

    [GeneratedRegex("牵头")]
    private static partial Regex LeadHeader();

    [GeneratedRegex("配合|参与|协办")]
    private static partial Regex CooperatingHeader();

    [GeneratedRegex("责任(单位|部门)")]
    private static partial Regex ResponsibleHeader();

    [GeneratedRegex("时限|时间|期限")]
    private static partial Regex DeadlineHeader();

    [GeneratedRegex("^[一二三四五六七八九十]+$")]
    private static partial Regex ChineseNumeral();
}
