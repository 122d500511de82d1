using Supervision.Engine.Assignments;
using Supervision.Engine.Trail;

namespace Supervision.Host.Demo;

/// <summary>The demo plan's history, move by move, through the grains' intents: each item ends in another stage of the cycle.</summary>
public sealed class DemoHistory(IGrainFactory grains, Actor office, IReadOnlyDictionary<string, Actor> agency)
{
    public async Task PlayAsync(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var step = 0;
        string Next() => $"demo:{++step}";
        IAssignmentGrain A(int item, string agencyId) => grains.GetGrain<IAssignmentGrain>($"{items[item]}~{agencyId}");

        // 一: completed after a return — the cooperating bureau contributes, the lead reports, is sent back once, then approved.
        await A(0, "demo-jyj").AcknowledgeAsync(new Responsible("周老师", "0000-1234567", null), agency["demo-jyj"], Next());
        await A(0, "demo-jyj").ContributeAsync("已组织校园招聘会 12 场，提供岗位 3400 个。", agency["demo-jyj"], Next());
        await A(0, "demo-rsj").AcknowledgeAsync(new Responsible("王科长", "0000-7654321", null), agency["demo-rsj"], Next());
        await A(0, "demo-rsj").SubmitReportAsync("上半年帮扶离校未就业毕业生 2100 人。", [new Indicator("帮扶毕业生", 2100, "人")], agency["demo-rsj"], Next());
        await A(0, "demo-rsj").ReviewReportAsync(1, true, "情况属实。", office, Next());
        await A(0, "demo-rsj").SubmitCompletionAsync("全年帮扶毕业生 4300 人，就业率 92%。", agency["demo-rsj"], Next());
        await A(0, "demo-rsj").ReviewCompletionAsync(false, "请补充分区县明细表。", office, Next());
        await A(0, "demo-rsj").SubmitCompletionAsync("已补充分区县明细表（见附表）。", agency["demo-rsj"], Next());
        await A(0, "demo-rsj").ReviewCompletionAsync(true, "同意办结。", office, Next());

        // 二: in progress and overdue; a report waits for the office's review.
        await A(1, "demo-rsj").AcknowledgeAsync(new Responsible("李主任", null, null), agency["demo-rsj"], Next());
        await A(1, "demo-czj").AcknowledgeAsync(new Responsible("赵处长", null, null), agency["demo-czj"], Next());
        await A(1, "demo-rsj").SubmitReportAsync("已向 860 家企业返还失业保险费 2300 万元。", [new Indicator("返还资金", 2300, "万元")], agency["demo-rsj"], Next());
        await A(1, "demo-czj").EscalateAsync("季度调度会上配合材料仍未报送。", "urge", null, office, Next());

        // 三: completion submitted, under review.
        await A(2, "demo-swj").AcknowledgeAsync(new Responsible("陈科长", null, null), agency["demo-swj"], Next());
        await A(2, "demo-swj").SubmitCompletionAsync("为 45 家外贸企业招聘 1200 人。", agency["demo-swj"], Next());

        // 四: dispatched, not yet acknowledged.  五: disputed, the office must decide.
        await A(4, "demo-swj").DisputeAsync("返乡创业扶持由人社部门主管，建议改由市人社局牵头。", agency["demo-swj"], Next());
    }
}
