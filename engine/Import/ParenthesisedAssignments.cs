using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Reads assignments written in a parenthesis: <c>（X牵头，Y、Z配合）</c>, <c>（X、Y负责）</c>, and under a rule
/// such as <c>列第一位者为牵头单位</c> also a bare list <c>（X、Y）</c>. Any other parenthesis is prose.
/// </summary>
internal static partial class ParenthesisedAssignments
{
    /// <summary>The assignment in a parenthesis' inner text, or null when it is not one.</summary>
    public static Assignment? TryRead(string printedInner, int line, bool firstListedLeads)
    {
        var folded = ChineseFold.Fold(printedInner);
        if (RuleStatement.Matches(folded))
        {
            firstListedLeads = true;
        }

        var builder = new AssignmentBuilder(firstListedLeads);
        if (LabelledAssignments.Read(printedInner, line, builder, out var labelled).Trim().Length == 0 && labelled)
        {
            return Finish(builder);
        }

        // Blank the rule statement (fold is length-preserving, so spans still line up) before splitting clauses.
        var clauses = RuleStatement.Blank(folded);
        var any = false;
        foreach (var (start, end) in Clauses(clauses))
        {
            var clause = clauses[start..end].Trim();
            var printed = printedInner[start..end].Trim();
            if (clause.Length == 0)
            {
                continue;
            }

            if (DeadlineClause().IsMatch(clause))
            {
                builder.Add(AgencyRole.Deadline, printed, line);
                continue;
            }

            var role = RoleClause().Match(clause);
            var names = role.Success ? printed[..role.Groups["names"].Length] : printed;
            if (!AgencyList.Split(names).All(n => AgencyLike().IsMatch(StripTrailingBracket(ChineseFold.Fold(n.Printed)))))
            {
                return null;
            }

            if (!role.Success && !firstListedLeads)
            {
                return null;
            }

            builder.Add(role.Success ? RoleOf(role.Groups["role"].Value) : AgencyRole.Responsible, names, line);
            any = true;
        }

        return any ? Finish(builder) : null;
    }

    private static Assignment? Finish(AssignmentBuilder builder)
    {
        var assignment = builder.Build();
        return assignment.IsEmpty ? null : assignment;
    }

    private static AgencyRole RoleOf(string role) => role switch
    {
        "牵头" or "牵头负责" => AgencyRole.Lead,
        "配合" or "参与" or "协办" => AgencyRole.Cooperating,
        _ => AgencyRole.Responsible,
    };

    private static IEnumerable<(int Start, int End)> Clauses(string folded)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ',';
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && c is ',' or ';' or '。')
            {
                yield return (start, i);
                start = i + 1;
            }
        }
    }

    private static string StripTrailingBracket(string name)
    {
        var open = name.LastIndexOf('(');
        return name.EndsWith(')') && open > 0 ? name[..open] : name;
    }

    [GeneratedRegex("^(?<names>.+?)(?<role>牵头负责|牵头|按职责分工负责|分别负责|共同负责|负责|配合|参与|协办)(?:落实|实施|推进|完成)?$")]
    private static partial Regex RoleClause();

    [GeneratedRegex(@"\d{1,4}(?:年|月)|年底|年内|长期|持续推进")]
    private static partial Regex DeadlineClause();

    [GeneratedRegex("(?:厅|局|委|部|办|会|院|署|府|单位|部门|联|集团|公司|中心|银行|办公室|小组)$")]
    private static partial Regex AgencyLike();
}
