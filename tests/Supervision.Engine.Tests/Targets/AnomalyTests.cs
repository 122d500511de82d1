using Supervision.Engine.Assignments;
using Supervision.Engine.Evaluation;
using Supervision.Engine.Items;
using Supervision.Engine.Plans.Events;
using Supervision.Engine.Plans;
using Supervision.Engine.Targets;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Targets;

public sealed class AnomalyTests
{
    private static readonly IReadOnlyList<Target> Targets =
    [
        new("实现城镇新增就业46万人以上", 460000, "人", ">="),
        new("高校毕业生就业10万人", 100000, "人", ">=", Name: "高校毕业生就业", PartOf: "城镇新增就业"),
        new("开展各类职业技能培训150万人次以上", 1500000, "人次", ">="),
    ];

    [Fact]
    public void A_cumulative_figure_that_goes_down_is_flagged_with_the_previous_value()
    {
        var found = Anomalies.Of(Series(("城镇新增就业", 100000), ("城镇新增就业", 90000)));

        var flag = Assert.Single(found);
        Assert.Equal(("decrease", "城镇新增就业", 90000m, 100000m, 3L), (flag.Kind, flag.Name, flag.Value, flag.Compared, flag.Event.Version));
    }

    [Fact]
    public void Parts_adding_up_to_more_than_their_total_in_one_report_are_flagged()
    {
        var found = Anomalies.Of(Reports([("城镇新增就业", 90000), ("高校毕业生就业", 95000)]));

        var flag = Assert.Single(found);
        Assert.Equal(("parts_exceed_total", "城镇新增就业", 95000m, 90000m), (flag.Kind, flag.Name, flag.Value, flag.Compared));
    }

    [Fact]
    public void A_change_far_outside_the_agencys_own_history_is_flagged_and_a_steady_one_is_not()
    {
        var found = Anomalies.Of(Series(("职业技能培训", 10), ("职业技能培训", 20), ("职业技能培训", 30), ("职业技能培训", 40), ("职业技能培训", 70), ("职业技能培训", 400)));

        var flag = Assert.Single(found);
        Assert.Equal(("outlier", 400m, 10m, 7L), (flag.Kind, flag.Value, flag.Compared, flag.Event.Version));
    }

    [Fact]
    public void Parts_within_their_total_and_rising_figures_are_not_flagged()
    {
        Assert.Empty(Anomalies.Of(Reports([("城镇新增就业", 90000), ("高校毕业生就业", 30000)], [("城镇新增就业", 120000), ("高校毕业生就业", 45000)])));
    }

    // One report per argument, in order, of one agency on one item.
    private static PlanSnapshot Series(params (string Name, decimal Value)[] reports) => Reports([.. reports.Select(r => new[] { r })]);

    private static PlanSnapshot Reports(params (string Name, decimal Value)[][] reports)
    {
        var plan = new PlanState();
        plan.Apply(new TrailEntry(new PlanCreated("方案", null, new DateOnly(2022, 3, 24), Targets), Actor.System, DateTimeOffset.UnixEpoch, null));
        var at = new DateTimeOffset(2022, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var values = reports.SelectMany((report, k) => report.Select(v => new ReportedValue(
            "p.1~hrss", "p.1", "hrss", v.Name, v.Value, null, null, k + 1, at.AddDays(k), new EventRef("assignment-p.1~hrss", k + 2, 100 + k, "ReportSubmitted", at.AddDays(k))))).ToList();
        return new PlanSnapshot("p", at.AddYears(1), plan, new Dictionary<string, ItemState>(), new Dictionary<string, AssignmentState>(), values, new Dictionary<string, EventRef>());
    }
}
