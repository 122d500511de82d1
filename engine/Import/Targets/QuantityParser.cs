using System.Globalization;
using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Reads Chinese quantities (<c>46万人以上</c>, <c>5.5%左右</c>, <c>每人1000元</c>) and decides which of the
/// numbers in a paragraph are targets.
/// </summary>
/// <remarks>
/// A number is a target when it is a commitment: it carries a comparator (<c>以上 不少于 不低于 达到 以内
/// 以下 不超过 控制在 左右</c>), or a goal verb (<c>增加 新增 实现 开展 带动 培训 吸纳 …</c>) stands earlier in
/// its clause, or it counts beneficiaries with <c>名</c>, or it is a per-person amount (<c>每人1000元</c> →
/// 1000 元/人). A number is not a target when it follows <c>每</c> (a ratio's base: <c>每100户…配备1人</c>),
/// follows <c>等</c> (the size of a list: <c>等7个专项工程</c>), or qualifies a noun with <c>的</c> (a
/// condition: <c>月销售额15万元以下的纳税人</c>). Only Arabic digits are read; <c>千名</c>, <c>一名</c> are prose.
/// </remarks>
public static partial class QuantityParser
{
    /// <summary>Reads the first quantity in <paramref name="text"/>, target or not; null when there is none.</summary>
    public static Quantity? Parse(string text)
    {
        var folded = ChineseFold.Fold(text);
        var match = Number().Match(folded);
        return match.Success ? Build(text, folded, match, text.Trim()) : null;
    }

    /// <summary>The quantities in <paramref name="text"/> that are targets, by the rule above.</summary>
    public static IReadOnlyList<Quantity> FindTargets(string text)
    {
        var folded = ChineseFold.Fold(text);
        var found = new List<Quantity>();
        foreach (Match match in Number().Matches(folded))
        {
            var start = match.Index;
            var before = folded[..start];
            var after = folded[(match.Index + match.Length)..];
            var isRate = IsRate(before);
            if (!isRate && (before.EndsWith('每') || before.EndsWith('等') || after.StartsWith('的')))
            {
                continue;
            }

            var clauseStart = before.AsSpan().LastIndexOfAny(ClauseBreaks) + 1;
            var (contextStart, contextEnd) = Clause.Around(folded, match.Index, match.Index + match.Length);
            var hasComparator = match.Groups["pre"].Success || match.Groups["post"].Success;
            var isGoal = GoalVerb().IsMatch(folded[clauseStart..start]);
            if (hasComparator || isGoal || isRate || match.Groups["unit"].Value == "名")
            {
                found.Add(Build(text, folded, match, text[contextStart..contextEnd].Trim()));
            }
        }

        return found;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",。;、:!?\n");

    private static bool IsRate(string before) =>
        before.EndsWith("每人", StringComparison.Ordinal) || before.EndsWith("每名", StringComparison.Ordinal)
        || before.EndsWith("每户", StringComparison.Ordinal);

    private static Quantity Build(string printed, string folded, Match match, string context)
    {
        var number = decimal.Parse(match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var value = number * match.Groups["mul"].Value switch
        {
            "万" => 10_000m,
            "亿" => 100_000_000m,
            "千" => 1_000m,
            _ => 1m,
        };
        var unit = match.Groups["unit"].Value;
        var before = folded[..match.Index];
        if (IsRate(before))
        {
            unit += before.EndsWith("每户", StringComparison.Ordinal) ? "/户" : "/人";
        }

        var comparator = (match.Groups["pre"].Value, match.Groups["post"].Value) switch
        {
            (_, "以上") => Comparator.AtLeast,
            (_, "以内" or "以下") => Comparator.AtMost,
            (_, "左右") => Comparator.About,
            ("不少于" or "不低于" or "达到" or "超过", _) => Comparator.AtLeast,
            ("不超过" or "控制在", _) => Comparator.AtMost,
            _ => Comparator.Equal,
        };
        return new Quantity(context, value.Normalize(), unit, comparator, printed.Substring(match.Index, match.Length));
    }

    [GeneratedRegex(@"(?<pre>不少于|不低于|不超过|达到|超过|控制在)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<mul>万|亿|千)?(?<unit>人次|人|名|个|户|家|所|项|场|次|期|元|%|亩|吨|公里)(?<post>以上|以内|以下|左右)?")]
    private static partial Regex Number();

    [GeneratedRegex("增加|新增|实现|开展|带动|培训|吸纳|转移|提供|开发|创造|完成|帮助|扶持|安置|培养|招聘|招录|达到|稳定在")]
    private static partial Regex GoalVerb();
}
