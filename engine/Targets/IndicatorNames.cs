using System.Text.RegularExpressions;
using Supervision.Engine.Plans;

namespace Supervision.Engine.Targets;

/// <summary>
/// The indicator name a target is reported under: its own <c>Name</c>, or the words of its text before the number with
/// the verbs around them dropped (实现城镇新增就业46万人以上 → 城镇新增就业; 城镇调查失业率控制在5.5%左右 → 城镇调查失业率), or
/// the words after the unit when the number comes first (增加2万个就业岗位 → 就业岗位).
/// </summary>
public static partial class IndicatorNames
{
    public static string Of(Target target)
    {
        if (!string.IsNullOrWhiteSpace(target.Name))
        {
            return target.Name.Trim();
        }

        var text = target.Text.Trim();
        var number = Number().Match(text);
        if (!number.Success)
        {
            return text;
        }

        var before = Trim(text[..number.Index]);
        if (before.Length >= 2)
        {
            return before;
        }

        var after = Trim(Stop().Split(text[(number.Index + number.Length)..])[0]);
        return after.Length >= 2 ? after : text;
    }

    private static string Trim(string words)
    {
        var trimmed = Leading().Replace(words.Trim(), "");
        return Trailing().Replace(trimmed, "").Trim('，', ',', '、', ' ');
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?(?:万|亿|千)?(?:个百分点|人次|万元|亿元|个|人|户|家|所|项|次|元|%|‰)?(?:以上|以内|以下|左右)?")]
    private static partial Regex Number();

    [GeneratedRegex("^(?:确保|力争|全年|累计|实现|完成|开展|增加|达到|培育|打造|建成|各类|各项)+")]
    private static partial Regex Leading();

    [GeneratedRegex("(?:控制在|稳定在|保持在|达到|不低于|不少于|不高于|不超过|低于|超过|突破|至少|为)+$")]
    private static partial Regex Trailing();

    [GeneratedRegex("[，,。；;吸带]")]
    private static partial Regex Stop();
}
