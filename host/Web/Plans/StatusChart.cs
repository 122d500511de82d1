using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Plans;

/// <summary>
/// A plan's assignments by status over time, as SVG drawn on the server (ScottPlot): labels in the reader's language, times
/// in the office's zone as ISO dates (<c>2026-12-07</c>, with the time of day when the chart spans less than three days),
/// the legend in a panel of its own below the plot so it neither covers a line nor is cut off.
/// </summary>
public static class StatusChart
{
    public static string Svg(IReadOnlyList<(DateTimeOffset At, IReadOnlyDictionary<AssignmentStatus, int> Counts)> history, DateTimeOffset now, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(lang);
        using var plot = new Plot();
        var times = history.Select(p => lang.Local(p.At)).Append(lang.Local(now)).ToArray();
        foreach (var status in Enum.GetValues<AssignmentStatus>().Where(s => history.Any(p => p.Counts.GetValueOrDefault(s) > 0)))
        {
            var counts = history.Select(p => (double)p.Counts.GetValueOrDefault(status)).ToList();
            counts.Add(counts[^1]);
            var line = plot.Add.ScatterLine(times, counts.ToArray());
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.LegendText = lang.Status(status);
        }

        // At least an hour wide and ending now, so that a plan dispatched minutes ago gets distinct ticks, not one label repeated.
        var width = times[^1] - times[0] < TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : times[^1] - times[0];
        var format = width < TimeSpan.FromDays(3) ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd";
        if (plot.Axes.DateTimeTicksBottom().TickGenerator is DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = t => t.ToString(format, CultureInfo.InvariantCulture);
        }

        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Title(lang["各状态任务数变化", "Assignments by status over time"]);
        if (CjkFonts.Ensure())
        {
            plot.Font.Set(CjkFonts.Family);
        }

        // ScottPlot places CJK text a few pixels above the line it measured: taller legend rows keep the names whole, and
        // room at both sides keeps the first and last date whole (the title says what is counted, so no rotated axis label).
        plot.Legend.SymbolHeight = 30;
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.Left.MinimumSize = 60;
        plot.Axes.Right.MinimumSize = 50;
        plot.Axes.Margins(bottom: 0);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsX((times[^1] - width).ToOADate(), times[^1].ToOADate());
        return plot.GetSvgXml(720, 330);
    }
}
