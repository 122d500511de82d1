using Supervision.Engine.Assignments;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Plans;

/// <summary>
/// One item's assignments as the plan page sums them up in its one line: how many, how many open, red and with a report
/// waiting, and the worst colour and highest ladder step among them. The agencies themselves stay behind a disclosure.
/// </summary>
public sealed record ItemCounts(int Total, int Open, int Red, int Reports, Signal Worst)
{
    public static ItemCounts Of(IEnumerable<AssignmentLine> lines)
    {
        var list = lines.ToList();
        var open = list.Where(l => AssignmentCycle.IsOpen(l.Status)).ToList();
        var worst = open.OrderByDescending(l => Engine.Deadlines.Rag.Rank(l.Rag)).FirstOrDefault()?.Rag ?? "";
        var step = open.Select(l => l.Step).OfType<string>().OrderByDescending(Supervision.Workflows.Definition.LadderSteps.Rank).FirstOrDefault();
        return new ItemCounts(list.Count, open.Count, open.Count(l => l.Rag == Engine.Deadlines.Rag.Red), list.Sum(l => l.PendingReports), new Signal(worst, step));
    }
}
