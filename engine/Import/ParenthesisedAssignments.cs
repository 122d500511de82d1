using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Reads assignments written in a parenthesis: <c>（X牵头，Y、Z配合）</c>, <c>（X、Y负责）</c>, <c>（X指导，Y负责落实）</c>,
/// under a rule such as <c>列第一位者为牵头单位</c> also a bare list <c>（X、Y）</c>, and standing rules
/// (<c>以下均需Y落实，不再列出</c>). A parenthesis that explains (<c>（以下简称…）</c>, <c>（PPP）</c>) is prose.
/// </summary>
internal static partial class ParenthesisedAssignments
{
    /// <summary>The assignment in a parenthesis' inner text, or null when it is not one.</summary>
    public static Assignment? TryRead(string printedInner, int line, bool firstListedLeads)
    {
        var folded = ChineseFold.Fold(printedInner);
        if (Explanation().IsMatch(folded.TrimStart()) || !folded.Any(c => c >= '\u4E00'))
        {
            return null;
        }

        firstListedLeads |= RuleStatement.Matches(folded);
        var builder = new AssignmentBuilder(firstListedLeads);
        if (LabelledAssignments.Read(printedInner, line, builder, out var labelled).Trim().Length == 0 && labelled)
        {
            return Finish(builder);
        }

        // Blank the rule statements (fold is length-preserving, so spans still line up) before splitting clauses.
        var clauses = RuleStatement.Blank(folded);
        if (StandingStatement.Find(clauses) is { } standing)
        {
            var names = AgencyList.Split(printedInner.Substring(standing.NamesStart, standing.NamesLength));
            builder.Standing = (names, printedInner.Trim(), line);
            clauses = string.Concat(clauses.AsSpan(0, standing.Start), new string(',', standing.Length), clauses.AsSpan(standing.Start + standing.Length));
        }

        var any = builder.Standing is not null;
        var unmarked = new List<string>();
        var listed = new List<(string Names, AgencyRole Role, string? Note)>();
        var written = new List<(string Names, AgencyRole Role, string? Note)>();
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
            if (!AgencyList.Split(names).All(n => AgencyName.Looks(n.Printed)))
            {
                return null;
            }

            if (!role.Success)
            {
                unmarked.Add(names);
                written.Add((names, AgencyRole.Responsible, null));
                continue;
            }

            var (agencyRole, note) = RoleOf(role.Groups["role"].Value);
            listed.Add((names, agencyRole, note));
            written.Add((names, agencyRole, note));
            any = true;
        }

        // The document's rule (列第一位者为牵头单位) reads every list of the parenthesis as one, commas and role words
        // included: its first agency leads and the others cooperate. Only 牵头 in the parenthesis itself says otherwise.
        if (firstListedLeads && listed.All(l => l.Role != AgencyRole.Lead))
        {
            return FirstListed(builder, written, printedInner, folded, line);
        }

        foreach (var (names, agencyRole, note) in listed)
        {
            builder.Add(agencyRole, names, line, note);
        }

        // A list without a role word: under the first-listed rule it is responsible; after a 牵头 clause
        // (X牵头，Y、Z) it names those who cooperate; otherwise the parenthesis is prose.
        var leadNamed = any && builder.Build().Lead.Count > 0;
        if (unmarked.Count > 0 && !firstListedLeads && !leadNamed)
        {
            return null;
        }

        foreach (var names in unmarked)
        {
            builder.Add(firstListedLeads && !leadNamed ? AgencyRole.Responsible : AgencyRole.Cooperating, names, line);
            any = true;
        }

        return any ? SameBelow(Finish(builder), printedInner, folded, line) : null;
    }

    private static Assignment? FirstListed(AssignmentBuilder builder, List<(string Names, AgencyRole Role, string? Note)> written, string printedInner, string folded, int line)
    {
        var first = true;
        foreach (var (names, role, note) in written)
        {
            if (role == AgencyRole.Cooperating)
            {
                builder.Add(role, names, line, note);
                continue;
            }

            builder.Add(first ? AgencyRole.Responsible : AgencyRole.Cooperating, names, line, note);
            first = false;
        }

        return written.Count > 0 || builder.Standing is not null ? SameBelow(Finish(builder), printedInner, folded, line) : null;
    }

    // 下同 after an assignment (X负责，下同) makes its leads standing, like 以下均需X落实.
    private static Assignment? SameBelow(Assignment? assignment, string printedInner, string folded, int line) =>
        assignment is not null && assignment.Standing is null && RuleStatement.SaysSameBelow(folded) && assignment.Lead.Count > 0
            ? assignment with { Standing = ([.. assignment.Lead.Select(l => l.Name)], printedInner.Trim(), line) }
            : assignment;

    private static Assignment? Finish(AssignmentBuilder builder)
    {
        var assignment = builder.Build();
        return assignment.IsEmpty ? null : assignment;
    }

    private static (AgencyRole Role, string? Note) RoleOf(string role) => role switch
    {
        "牵头" or "牵头负责" or "分别牵头" or "共同牵头" => (AgencyRole.Lead, null),
        "配合" or "参与" or "协办" or "协助" or "支持" => (AgencyRole.Cooperating, null),
        "指导" => (AgencyRole.Cooperating, "guidance"),
        "督促" or "监督" or "督导" => (AgencyRole.Cooperating, "supervision"),
        "按职责分工负责" or "分别负责" or "共同负责" or "按职责负责" => (AgencyRole.EachLeads, null),
        _ => (AgencyRole.FirstLeads, null),
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

    [GeneratedRegex("^(?<names>.+?)(?<role>牵头负责|分别牵头|共同牵头|牵头|按职责分工负责|按职责负责|分别负责|共同负责|负责|落实|配合|参与|协办|协助|支持|指导|督促|监督|督导)(?:落实|实施|推进|完成|工作)?$")]
    private static partial Regex RoleClause();

    [GeneratedRegex(@"\d{1,4}(?:年|月)|年底|年内|长期|持续推进")]
    private static partial Regex DeadlineClause();

    [GeneratedRegex("^(?:以下简称|以下称|简称|下称|含|包括|不含|即|如|例如|其中|注|详见|见附件)")]
    private static partial Regex Explanation();
}
