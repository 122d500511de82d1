using Supervision.Engine.Assignments;
using Supervision.Engine.Targets;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Targets;

/// <summary>The tables of a plan's export, built from its snapshot: indicator progress, plan status, agencies' figures.</summary>
public sealed class PlanSheets(ProgressQuery progress, DueTimes dueTimes, bool english, IReadOnlyDictionary<string, string> agencyNames)
{
    private string T(string zh, string en) => english ? en : zh;

    public IReadOnlyList<ExportTable> Of(PlanSnapshot s)
    {
        var figures = progress.ProgressOf(s);
        var asOf = Date(s.AsOf);
        var indicators = new ExportTable(
            T("指标进度", "Indicator progress"),
            [T("范围", "Scope"), T("指标", "Target"), T("指标名称", "Indicator"), T("目标值", "Target value"), T("单位", "Unit"), T("比较", "Comparator"),
             T("汇总方式", "Aggregation"), T("累计完成", "Actual"), T("序时进度目标", "Expected by pace"), T("完成/序时", "Actual / expected"),
             T("颜色", "Colour"), T("上报单位数", "Agencies reporting"), T("截至日期", "As of")],
            [.. figures.Targets.Select(t => new object?[]
            {
                t.ItemRef ?? T("方案", "plan"), t.Text, t.Name, t.Value, t.Unit, t.Comparator, t.Aggregation, t.Actual, t.Expected, t.Ratio,
                Colour(t.Colour), t.Agencies.Count, asOf,
            })]);
        var status = new ExportTable(
            T("方案状态", "Plan status"),
            [T("事项编号", "Item"), T("事项名称", "Title"), T("单位", "Agency"), T("角色", "Role"), T("状态", "Status"), T("红黄绿", "Colour"),
             T("报告次数", "Reports"), T("最近报告日期", "Last report"), T("办结期限", "Due"), T("未销号重大问题", "Open major issues")],
            [.. s.Assignments.Values.Where(a => a.Opening is not null).OrderBy(a => s.Plan.ItemIds.IndexOf(a.Opening!.ItemId)).ThenBy(a => a.Opening!.AgencyId, StringComparer.Ordinal)
                .Select(a => new object?[]
                {
                    a.Opening!.ItemRef, a.Opening.ItemTitle, agencyNames.GetValueOrDefault(a.Opening.AgencyId, a.Opening.AgencyId),
                    a.Opening.Role == AssignmentRole.Lead ? T("牵头", "lead") : T("配合", "cooperating"),
                    CycleLabels.Status(a.Status, english ? "en" : "zh"),
                    AssignmentCycle.IsOpen(a.Status) ? Colour(progress.Colour(a, s.AsOf)) : null,
                    a.Reports.Count, a.Reports.Count == 0 ? null : Date(a.Reports[^1].SubmittedAt),
                    a.Opening.Due is { } due ? due.ToDateTime(TimeOnly.MinValue) : null,
                    Engine.MajorIssues.MajorIssuesPart.Of(a).Count(i => i.IsOpen),
                })]);
        var agencies = new ExportTable(
            T("单位数据", "Agency figures"),
            [T("指标名称", "Indicator"), T("范围", "Scope"), T("单位", "Agency"), T("累计值", "Cumulative value"), T("期间", "Period"), T("上报日期", "Reported on")],
            [.. figures.Targets.SelectMany(t => t.Agencies.Select(f => new object?[]
            {
                t.Name, t.ItemRef ?? T("方案", "plan"), agencyNames.GetValueOrDefault(f.AgencyId, f.AgencyId), f.Value, f.Period, Date(f.At),
            }))]);
        return [indicators, status, agencies];
    }

    private DateTime Date(DateTimeOffset at) => dueTimes.LocalDate(at).ToDateTime(TimeOnly.MinValue);

    private string Colour(string colour) => colour switch
    {
        Pace.Green => T("绿", "green"),
        Pace.Yellow => T("黄", "yellow"),
        Pace.Red => T("红", "red"),
        _ => T("灰（未报）", "grey (none reported)"),
    };
}
