using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Splits a printed list of agencies (<c>自治区人力资源和社会保障厅、商务厅</c>) into names, never inside
/// brackets (<c>各地(州、市)人民政府(行政公署)</c> is one name), carrying a shared prefix over. A distributive
/// collective stays whole (<c>各区、县级市</c>), and <c>X等有关部门和单位</c> is X and the collective <c>有关部门和单位</c>.
/// </summary>
public static partial class AgencyList
{
    /// <summary>Splits on <c>、 ， , ； ;</c> at bracket depth 0 and trims list noise (<c>等</c>, end punctuation, stray brackets).</summary>
    public static IReadOnlyList<ListedName> Split(string list)
    {
        var names = new List<ListedName>();
        string? prefix = null;
        foreach (var piece in Pieces(list))
        {
            var cut = RunTogetherNames.Split(piece, _ => false);
            foreach (var printed in cut)
            {
                var runTogether = cut.Count > 1 ? piece : null;
                var own = Jurisdiction().Match(ChineseFold.Fold(printed));
                if (own.Success)
                {
                    // Only the region's own prefix carries; 新疆税务局 or 各地… are names of their own, and
                    // 新疆税务局、财政厅 does not mean a 新疆财政厅.
                    prefix = own.Value.EndsWith("自治区", StringComparison.Ordinal) ? own.Value : null;
                    names.Add(new ListedName(printed, printed, null, runTogether));
                }
                else
                {
                    names.Add(new ListedName(printed, prefix is null ? printed : prefix + printed, null, runTogether));
                }
            }
        }

        return names;
    }

    private static IEnumerable<string> Pieces(string list)
    {
        var pieces = new List<string>();
        foreach (var piece in SplitTopLevel(list).SelectMany(Conjoined))
        {
            // 各区、县级市: the pieces after a distributive 各… that are bare kinds of place belong to it.
            if (pieces.Count > 0 && pieces[^1].StartsWith('各') && PlaceKind().IsMatch(ChineseFold.Fold(piece)))
            {
                pieces[^1] += "、" + piece;
                continue;
            }

            pieces.Add(piece);
        }

        foreach (var piece in pieces)
        {
            var others = Others().Match(ChineseFold.Fold(piece));
            if (others.Success && others.Groups["named"].Length > 0)
            {
                yield return Clean(piece[..others.Groups["named"].Length]);
                yield return piece[others.Groups["collective"].Index..].Trim();
                continue;
            }

            var name = Clean(piece);
            if (name.Length > 0)
            {
                yield return name;
            }
        }
    }

    // 市级各有关部门及各县市区政府: 及 joins two names when both sides are names of their own.
    private static IEnumerable<string> Conjoined(string piece)
    {
        var parts = piece.Split(["以及", "及"], StringSplitOptions.TrimEntries);
        return parts.Length > 1 && parts.All(p => p.Length > 1 && AgencyName.Looks(p)) ? parts : [piece];
    }

    private static IEnumerable<string> SplitTopLevel(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            var c = i < list.Length ? ChineseFold.Fold(list[i]) : ',';
            if (c is '(' or '[' or '《' or '“' or '【' or '〔')
            {
                depth++;
            }
            else if (c is ')' or ']' or '》' or '”' or '】' or '〕')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is '、' or ',' or ';')
            {
                var name = list[start..i].Trim();
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
        name = Brackets.Unwrap(name.Trim().Trim('。', '.', ' ', '\t'));
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

    [GeneratedRegex(@"^(?:县级市|县|区|市|州|盟|旗|乡镇|乡|镇|街道|社区|村|园区|开发区|县\(市、区\)|市\(县、区\)|区\(县\))(?:人民政府|政府|党委|党工委|管委会|办事处|\(管委会\))?$")]
    private static partial Regex PlaceKind();

    [GeneratedRegex("^(?<named>.+?)等(?<collective>(?:有关|相关|其他|各)[^、,;]*(?:部门|单位|机构|企业|组织))$")]
    private static partial Regex Others();
}
