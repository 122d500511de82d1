using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Finds the header of a task-breakdown table among its first rows (one row, or two when a merged
/// <c>责任单位</c> spans <c>牵头单位 | 配合单位</c>) and tells each column's kind. A table is a task table when
/// its header names a task column and an agency column.
/// </summary>
internal static partial class TableHeader
{
    /// <summary>The header's first row, its row count and the kind of each column; null when no header is found.</summary>
    public static (int Row, int Rows, ColumnKind[] Kinds)? Find(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        for (var r = 0; r < Math.Min(rows.Count, 8); r++)
        {
            var kinds = Kinds(rows[r].Select(Clean).ToList());
            if (!IsTaskHeader(kinds))
            {
                continue;
            }

            if (r + 1 < rows.Count && IsSubHeader(rows[r + 1]))
            {
                var combined = rows[r].Select((top, c) => Clean(top) + (c < rows[r + 1].Count && Clean(rows[r + 1][c]) != Clean(top) ? Clean(rows[r + 1][c]) : "")).ToList();
                return (r, 2, Kinds(combined));
            }

            return (r, 1, kinds);
        }

        return null;
    }

    /// <summary>The kind of column a header cell names.</summary>
    public static ColumnKind KindOf(string header)
    {
        var h = Clean(header);
        return h.Length == 0 ? ColumnKind.Other
            : NumberHeader().IsMatch(h) ? ColumnKind.Number
            : LeaderHeader().IsMatch(h) ? ColumnKind.Leader
            : ScoreHeader().IsMatch(h) ? ColumnKind.Score
            : DeadlineHeader().IsMatch(h) ? ColumnKind.Deadline
            : AssessorHeader().IsMatch(h) ? ColumnKind.Assessor
            : CooperatingHeader().IsMatch(h) ? ColumnKind.Cooperating
            : LeadHeader().IsMatch(h) ? ColumnKind.Lead
            : ResponsibleHeader().IsMatch(h) ? ColumnKind.Responsible
            : CategoryHeader().IsMatch(h) ? ColumnKind.Category
            : TaskHeader().IsMatch(h) ? ColumnKind.Task
            : TargetHeader().IsMatch(h) ? ColumnKind.Target
            : ColumnKind.Other;
    }

    public static bool IsTaskHeader(IReadOnlyList<ColumnKind> kinds) =>
        kinds.Contains(ColumnKind.Task) && (kinds.Contains(ColumnKind.Lead) || kinds.Contains(ColumnKind.Responsible) || kinds.Contains(ColumnKind.Cooperating));

    // Several task-like columns (重点任务 | 具体措施): the last is the task, the ones before it are categories.
    private static ColumnKind[] Kinds(List<string> headers)
    {
        var kinds = headers.Select(KindOf).ToArray();
        var tasks = Enumerable.Range(0, kinds.Length).Where(i => kinds[i] == ColumnKind.Task).ToList();
        foreach (var earlier in tasks.SkipLast(1))
        {
            kinds[earlier] = ColumnKind.Category;
        }

        if (tasks.Count > 0)
        {
            // A repeated header cell (a merged header over two columns) is one column, not two.
            for (var i = 1; i < kinds.Length; i++)
            {
                if (kinds[i] == kinds[i - 1] && headers[i] == headers[i - 1] && kinds[i] != ColumnKind.Other)
                {
                    kinds[i] = ColumnKind.Other;
                }
            }
        }

        return kinds;
    }

    private static bool IsSubHeader(IReadOnlyList<string> row) =>
        row.Any(c => KindOf(c) is not ColumnKind.Other) && row.All(c => Clean(c).Length <= 10) && !row.Any(c => Regex.IsMatch(Clean(c), @"^\d+$"));

    public static string Clean(string cell) => string.Concat(ChineseFold.Fold(cell).Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("^(序号|编号|序列|项目编号|任务编号)$")]
    private static partial Regex NumberHeader();

    [GeneratedRegex("领导|责任人|联系人")]
    private static partial Regex LeaderHeader();

    [GeneratedRegex("分值|分数|权重|赋分")]
    private static partial Regex ScoreHeader();

    [GeneratedRegex("时限|时间|期限|节点|进度安排")]
    private static partial Regex DeadlineHeader();

    [GeneratedRegex("监考|考核单位|督查单位")]
    private static partial Regex AssessorHeader();

    [GeneratedRegex("配合|参与|协办|协同")]
    private static partial Regex CooperatingHeader();

    [GeneratedRegex("牵头|主责|主办")]
    private static partial Regex LeadHeader();

    [GeneratedRegex("责任单位|责任部门|承办单位|实施单位|负责单位|落实单位")]
    private static partial Regex ResponsibleHeader();

    [GeneratedRegex("^(类别|类型|分类|领域|重点领域|板块|任务类别|工作类别|项目类别|大类|专项|一级指标|方面|工作方向)$")]
    private static partial Regex CategoryHeader();

    [GeneratedRegex("任务|措施|工作内容|主要内容|事项|名称|^项目$|二级指标|工作要点|具体工作")]
    private static partial Regex TaskHeader();

    [GeneratedRegex("目标|指标|成效|要求")]
    private static partial Regex TargetHeader();
}
