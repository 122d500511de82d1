using System.Globalization;
using System.Net;
using System.Text;
using Supervision.Engine.Evaluation;

namespace Supervision.Host.Evaluations;

/// <summary>The agencies' totals as a horizontal bar chart, drawn as plain SVG on the server (no scripts, no outside resources).</summary>
public static class ScoreChart
{
    private const int Row = 24;
    private const int Label = 220;
    private const int Bar = 420;

    public static string Svg(IReadOnlyList<AgencyScore> scores, IReadOnlyDictionary<string, string> names, bool english)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(names);
        var height = Row * (scores.Count + 1) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Label + Bar + 70}" height="{height}" role="img" aria-label="{(english ? "Scores by agency" : "各单位得分")}" font-family="sans-serif" font-size="13">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="0" y="16" font-weight="bold">{(english ? "Total score (of 100)" : "总分（满分 100）")}</text>""");
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i];
            var y = Row * (i + 1) + 4;
            var width = Math.Max(0, Math.Min(100, s.Total)) / 100 * Bar;
            var colour = s.Total >= 90 ? "#2e7d32" : s.Total >= 60 ? "#1565c0" : "#c62828";
            var name = WebUtility.HtmlEncode(names.GetValueOrDefault(s.AgencyId, s.AgencyId));
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Label - 6}" y="{y + 15}" text-anchor="end">{s.Rank}. {name}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{Label}" y="{y + 3}" width="{width:0.#}" height="{Row - 8}" fill="{colour}"><title>{name}: {s.Total:0.##}</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Label + width + 6:0.#}" y="{y + 15}">{s.Total:0.##}</text>""");
        }

        return svg.Append("</svg>").ToString();
    }
}
