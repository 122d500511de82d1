using ScottPlot;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Plans;

/// <summary>A plan's assignments by status over time, as SVG drawn on the server (ScottPlot), labels in the reader's language.</summary>
public static class StatusChart
{
    public static string Svg(IReadOnlyList<(DateTimeOffset At, IReadOnlyDictionary<AssignmentStatus, int> Counts)> history, DateTimeOffset now, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(lang);
        using var plot = new Plot();
        var times = history.Select(p => p.At.UtcDateTime).Append(now.UtcDateTime).ToArray();
        foreach (var status in Enum.GetValues<AssignmentStatus>().Where(s => history.Any(p => p.Counts.GetValueOrDefault(s) > 0)))
        {
            var counts = history.Select(p => (double)p.Counts.GetValueOrDefault(status)).ToList();
            counts.Add(counts[^1]);
            var line = plot.Add.ScatterLine(times, counts.ToArray());
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.LegendText = lang.Status(status);
        }

        plot.Axes.DateTimeTicksBottom();
        plot.YLabel(lang["任务数", "assignments"]);
        plot.Title(lang["各状态任务数变化", "Assignments by status over time"]);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Margins(bottom: 0);
        if (CjkFonts.Ensure())
        {
            plot.Font.Set(CjkFonts.Family);
        }
        return plot.GetSvgXml(720, 320);
    }
}
