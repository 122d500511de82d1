using System.Globalization;
using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Proposes the quantities inside item prose that state a commitment but are not clearly targets
/// (<c>确保…至少1人实现就业</c>, <c>建成7个…工程</c>, <c>覆盖93个县</c>, <c>每100户配备1人</c>, <c>低于0.01毫米</c>):
/// a number with a unit after a commitment word in its clause, right after an indicator's name (<c>投资额550亿元</c>, as a
/// breakdown table writes its goals), or with 以上/以下/左右. Dates, ordinals
/// (<c>第3批</c>) and a ratio's base (<c>每100户</c>) are not proposed.
/// </summary>
internal static partial class CandidateTargets
{
    public static IEnumerable<Quantity> Find(string printed)
    {
        var folded = ChineseFold.Fold(printed);
        foreach (Match match in Number().Matches(folded))
        {
            var before = folded[..match.Index];
            if (before.EndsWith('每') || before.EndsWith('第') || before.EndsWith('等') || before.EndsWith('.'))
            {
                continue;
            }

            // 15万元以下的纳税人 is a condition, not a commitment.
            if (folded.AsSpan(match.Index + match.Length).StartsWith("的"))
            {
                continue;
            }

            var (start, end) = Clause.Around(folded, match.Index, match.Index + match.Length);
            var lead = folded[start..match.Index];
            var cue = Cue().Match(lead);
            var post = match.Groups["post"].Value;
            if (!cue.Success && post.Length == 0)
            {
                continue;
            }

            var unit = match.Groups["unit"].Value;
            if (Base().Match(lead) is { Success: true } per)
            {
                unit += "/" + per.Groups["base"].Value;
            }

            var value = decimal.Parse(match.Groups["num"].Value, CultureInfo.InvariantCulture) * match.Groups["mul"].Value switch
            {
                "万" => 10_000m,
                "亿" => 100_000_000m,
                "千" => 1_000m,
                _ => 1m,
            };
            var comparator = post switch
            {
                "以上" => Comparator.AtLeast,
                "以下" or "以内" => Comparator.AtMost,
                "左右" => Comparator.About,
                _ => ComparatorOf(LastCue(lead)),
            };
            yield return new Quantity(printed[start..end].Trim(), value.Normalize(), unit, comparator, printed.Substring(match.Index, match.Length), Candidate: true);
        }
    }

    private static string LastCue(string lead)
    {
        var cues = Cue().Matches(lead);
        return cues.Count == 0 ? "" : cues[^1].Value;
    }

    private static Comparator ComparatorOf(string cue) => cue switch
    {
        "至少" or "不少于" or "不低于" or "达到" or "超过" or "突破" => Comparator.AtLeast,
        "低于" or "不高于" or "不超过" or "控制在" or "压缩至" or "缩短至" => Comparator.AtMost,
        _ => Comparator.Equal,
    };

    [GeneratedRegex(@"(?<num>\d+(?:\.\d+)?)(?<mul>万|亿|千)?(?<unit>个百分点|人次|万元|亿元|平方公里|平方米|立方米|公顷|千米|公里|毫米|厘米|千瓦|兆瓦|人|名|个|户|家|所|项|场|次|期|元|%|亩|吨|米|座|条|张|台|套|辆|处|批|支|篇|份|本|小时|天|间|栋|倍)(?<post>以上|以内|以下|左右)?")]
    private static partial Regex Number();

    [GeneratedRegex("确保|至少|下降|压缩至|缩短至|建成|建设|新建|改造|覆盖|配备|达到|不低于|不少于|不高于|不超过|低于|高于|力争|累计|提高|降低|减少|增长|新增|完成|实现|打造|培育|创建|组建|增加|控制在|保持在|稳定在|超过|突破|提升|(?:额|总量|总值|产值|规模)$")]
    private static partial Regex Cue();

    [GeneratedRegex(@"每(?<base>\d+(?:\.\d+)?(?:户|人|名|个|家|平方米|平方公里|公里|亩))")]
    private static partial Regex Base();
}
