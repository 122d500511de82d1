using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Splits a printed list of agencies (<c>自治区人力资源和社会保障厅、商务厅</c>) into names, never inside
/// parentheses (<c>各地(州、市)人民政府(行政公署)</c> is one name), carrying a shared prefix over.
/// </summary>
public static partial class AgencyList
{
    /// <summary>Splits on <c>、 ， , ； ;</c> at bracket depth 0 and trims list noise (<c>等</c>, end punctuation).</summary>
    public static IReadOnlyList<ListedName> Split(string list)
    {
        var names = new List<ListedName>();
        string? prefix = null;
        foreach (var printed in SplitTopLevel(list))
        {
            var own = Jurisdiction().Match(ChineseFold.Fold(printed));
            if (own.Success)
            {
                // Only the region's own prefix carries; 新疆税务局 or 各地… are names of their own, and
                // 新疆税务局、财政厅 does not mean a 新疆财政厅.
                prefix = own.Value.EndsWith("自治区", StringComparison.Ordinal) ? own.Value : null;
                names.Add(new ListedName(printed, printed));
            }
            else
            {
                names.Add(new ListedName(printed, prefix is null ? printed : prefix + printed));
            }
        }

        return names;
    }

    private static IEnumerable<string> SplitTopLevel(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            var c = i < list.Length ? ChineseFold.Fold(list[i]) : ',';
            if (c is '(' or '[' or '《' or '“')
            {
                depth++;
            }
            else if (c is ')' or ']' or '》' or '”')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is '、' or ',' or ';')
            {
                var name = Clean(list[start..i]);
                if (name.Length > 0)
                {
                    yield return name;
                }

                start = i + 1;
            }
        }
    }

    private static string Clean(string name)
    {
        name = name.Trim().Trim('。', '.', ' ', '\t');
        // "X、Y等" lists end with 等 ("and others"); the others are not named, so only the named ones count.
        if (name.Length > 2 && (name.EndsWith("等部门", StringComparison.Ordinal) || name.EndsWith("等单位", StringComparison.Ordinal)))
        {
            name = name[..^3];
        }
        else if (name.Length > 2 && name.EndsWith('等'))
        {
            name = name[..^1];
        }

        return name.Trim();
    }

    [GeneratedRegex("^(新疆维吾尔自治区|自治区|新疆|国家|中央|全国|各地|各级|各)")]
    private static partial Regex Jurisdiction();
}
