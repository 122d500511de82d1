using System.Globalization;

namespace Supervision.Host.Web.Targets;

/// <summary>
/// Target figures as a Chinese document writes them: <c>≥ 3万人</c>, <c>5.5%左右</c>, <c>46万人</c>, <c>2100人</c>; on the
/// English page with grouped digits (<c>≥ 30,000 人</c>, <c>about 5.5%</c>). The units are the plan's own words.
/// </summary>
public static class TargetFigures
{
    /// <summary>The goal: comparator, figure and unit.</summary>
    public static string Goal(string comparator, decimal? value, string? unit, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        var figure = Figure(value, unit, lang);
        return comparator switch
        {
            ">=" => "≥ " + figure,
            "<=" => "≤ " + figure,
            "~" => lang[figure + "左右", "about " + figure],
            _ => figure,
        };
    }

    /// <summary>A figure with its unit; "—" when there is none.</summary>
    public static string Figure(decimal? value, string? unit, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(lang);
        if (value is not { } v)
        {
            return "—";
        }

        unit ??= "";
        if (lang.English)
        {
            return $"{v.ToString("#,0.##", CultureInfo.InvariantCulture)}{(unit.Length == 0 || unit == "%" ? "" : " ")}{unit}";
        }

        // 万 and 亿 only where the unit does not already carry one (2300万元 stays as it is).
        var (scaled, prefix) = unit.StartsWith('万') || unit.StartsWith('亿') || Math.Abs(v) < 10_000m ? (v, "")
            : Math.Abs(v) < 100_000_000m ? (v / 10_000m, "万") : (v / 100_000_000m, "亿");
        return scaled.ToString("0.####", CultureInfo.InvariantCulture) + prefix + unit;
    }
}
