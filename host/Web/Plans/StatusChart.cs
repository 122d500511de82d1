using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Plans;

/// <summary>
/// A plan's assignments by status over time, as SVG drawn on the server (ScottPlot): labels in the reader's language, times
/// in the office's zone as ISO dates (<c>2026-12-07</c>, with the time of day when the chart spans less than three days), the
/// legend in a panel of its own below the plot so it neither covers a line nor is cut off.
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

        // At least a day wide, so that a plan dispatched minutes ago gets readable ticks instead of one label repeated.
        var from = times[^1] - times[0] < TimeSpan.FromDays(1) ? times[^1].AddDays(-1) : times[0];
        var format = times[^1] - from < TimeSpan.FromDays(3) ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd";
        if (plot.Axes.DateTimeTicksBottom().TickGenerator is DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = t => t.ToString(format, CultureInfo.InvariantCulture);
        }

        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.YLabel(lang["任务数", "assignments"]);
        plot.Title(lang["各状态任务数变化", "Assignments by status over time"]);
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.Margins(bottom: 0);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsX(from.ToOADate(), times[^1].ToOADate());
        if (CjkFonts.Ensure())
        {
            plot.Font.Set(CjkFonts.Family);
        }

        return plot.GetSvgXml(720, 360);
    }
}
