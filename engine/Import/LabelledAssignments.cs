using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Reads labelled assignments (<c>牵头单位：…</c>, <c>配合单位:…</c>, <c>责任单位：…</c>, <c>完成时限：…</c>),
/// on their own lines after the item or at the end of its paragraph, optionally in parentheses.
/// </summary>
internal static partial class LabelledAssignments
{
    /// <summary>Adds every labelled list in <paramref name="printed"/> to <paramref name="builder"/>; returns the text before the first label.</summary>
    public static string Read(string printed, int line, AssignmentBuilder builder, out bool found)
    {
        var folded = ChineseFold.Fold(printed);
        var labels = Label().Matches(folded);
        found = labels.Count > 0;
        if (!found)
        {
            return printed;
        }

        for (var k = 0; k < labels.Count; k++)
        {
            var start = labels[k].Index + labels[k].Length;
            var end = k + 1 < labels.Count ? labels[k + 1].Index : printed.Length;
            var content = TrimContent(printed[start..end]);
            if (content.Length > 0)
            {
                var label = labels[k].Groups["label"].Value;
                builder.Add(RoleOf(label), content, line, label == "监考单位" ? "supervision" : null);
            }
        }

        return printed[..labels[0].Index].TrimEnd().TrimEnd(Opening).TrimEnd();
    }

    private static string TrimContent(string content)
    {
        content = content.Trim().TrimEnd(';', '；', '。', ',', '，').TrimEnd(Opening).Trim();
        // A closing bracket belongs to the list only when the list opened one: 各地(州、市)人民政府(行政公署).
        while (content.Length > 0 && (content[^1] is '】' or '〕' or ']' or '］' || (content[^1] is ')' or '）' && Depth(content) < 0)))
        {
            content = content[..^1].TrimEnd().TrimEnd(';', '；', '。', ',', '，').TrimEnd();
        }

        return content;
    }

    private static readonly char[] Opening = ['(', '（', '【', '〔', '[', '［'];

    private static int Depth(string text) =>
        text.Count(c => ChineseFold.Fold(c) == '(') - text.Count(c => ChineseFold.Fold(c) == ')');

    private static AgencyRole RoleOf(string label) => label switch
    {
        "牵头单位" or "牵头部门" or "牵头责任单位" => AgencyRole.Lead,
        "牵头领导" or "责任领导" or "分管领导" or "包联领导" => AgencyRole.Leader,
        "分值" or "考核分值" or "权重" => AgencyRole.Score,
        "责任单位" or "责任部门" => AgencyRole.Responsible,
        "负责单位" => AgencyRole.FirstLeads,
        "完成时限" or "完成时间" or "时间节点" or "办结时限" or "时限要求" => AgencyRole.Deadline,
        _ => AgencyRole.Cooperating,
    };

    [GeneratedRegex(@"(?<label>牵头责任单位|负责单位|监考单位|牵头领导|责任领导|分管领导|包联领导|考核分值|分值|权重|牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|参与单位|参与部门|协办单位|协同单位|完成时限|完成时间|时间节点|办结时限|时限要求)\s*:")]
    private static partial Regex Label();
}
