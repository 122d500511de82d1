using System.Globalization;
using System.Security;
using System.Text;
using Supervision.Engine.Targets;

namespace Supervision.Host.Web.Targets;

/// <summary>
/// Targets against pace as an SVG drawn on the server, no script: one row per target with a value, a bar of the roll-up as
/// a share of the target (coloured by <see cref="Pace"/>), a dark marker where the expected pace stands, and the figures.
/// </summary>
public static class TargetChart
{
    private const int Width = 860;
    private const int Row = 34;
    private const int Left = 230;
    private const int BarWidth = 380;

    public static string Svg(IReadOnlyList<TargetProgress> targets, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(lang);
        var shown = targets.Where(t => t.Value is > 0).ToList();
        var height = 40 + Math.Max(1, shown.Count) * Row;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{height}" viewBox="0 0 {Width} {height}" role="img" aria-label="{Escape(lang["指标完成与序时进度", "Targets against pace"])}" font-family="sans-serif" font-size="13">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="18" fill="#333">{Escape(lang["完成占目标（竖线为序时进度）", "Reached, as a share of the target (the line is the expected pace)"])}</text>""");
        if (shown.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="10" y="50" fill="#666">{Escape(lang["暂无量化指标。", "No quantified targets."])}</text>""");
        }

        for (var i = 0; i < shown.Count; i++)
        {
            var t = shown[i];
            var y = 30 + i * Row;
            var reached = Share(t.Actual, t.Value);
            var pace = Share(t.Expected, t.Value);
            var label = t.ItemRef is null ? t.Name : $"{t.ItemRef} {t.Name}";
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="target" data-key="{Escape(t.Key)}" data-colour="{t.Colour}">""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="10" y="{y + 17}" fill="#222">{Escape(Shorten(label))}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{Left}" y="{y + 4}" width="{BarWidth}" height="18" fill="#eee"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{Left}" y="{y + 4}" width="{Bar(reached):0.#}" height="18" fill="{Fill(t.Colour)}"><title>{Escape(Figure(t, lang))}</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left + Bar(pace):0.#}" x2="{Left + Bar(pace):0.#}" y1="{y}" y2="{y + 26}" stroke="#222" stroke-width="2"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left + BarWidth + 8}" y="{y + 17}" fill="#222">{Escape($"{Percent(t.Actual, t.Value)} · {TargetFigures.Goal(t.Comparator, t.Value, t.Unit, lang)}")}</text>""");
            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static decimal Share(decimal? part, decimal? whole) => part is { } p && whole is > 0 ? Math.Clamp(p / whole.Value, 0, 1.2m) : 0;

    private static decimal Bar(decimal share) => share / 1.2m * BarWidth;

    private static string Percent(decimal? part, decimal? whole) =>
        part is { } p && whole is > 0 ? (p / whole.Value).ToString("P1", CultureInfo.InvariantCulture) : "—";

    private static string Figure(TargetProgress t, Lang lang) =>
        $"{t.Text}（{lang["目标", "target"]} {TargetFigures.Goal(t.Comparator, t.Value, t.Unit, lang)}）: {lang["完成", "reached"]} {TargetFigures.Figure(t.Actual, t.Unit, lang)} / {lang["序时", "pace"]} {TargetFigures.Figure(t.Expected, t.Unit, lang)}";

    private static string Fill(string colour) => colour switch
    {
        Pace.Green => "#2e7d32",
        Pace.Yellow => "#f9a825",
        Pace.Red => "#c62828",
        _ => "#9e9e9e",
    };

    private static string Shorten(string text) => text.Length <= 16 ? text : text[..15] + "…";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
