using Supervision.Engine.Import;

namespace Supervision.Engine.Tests.Import;

public class SeedPlanTests
{
    private const string Members = "自治区就业工作领导小组相关成员单位";
    private const string Locals = "各地(州、市)人民政府(行政公署)";
    private const string Hr = "自治区人力资源和社会保障厅";

    private static readonly PlanDraft Draft = PlanParser.Parse(Fixture.Text("seed.txt"));

    public static TheoryData<string, string[], string[]> Assignments => new()
    {
        { "二(一)", ["自治区工信厅", "自治区发展改革委"], [Members, Locals] },
        { "二(二)", ["自治区国资委"], [Locals] },
        { "二(三)", ["自治区文化旅游厅"], [Members, Locals] },
        { "二(四)", ["自治区农业农村厅"], [Members, Locals] },
        { "二(五)", [Hr, "自治区商务厅"], [Members, Locals] },
        { "三(一)", ["新疆税务局"], ["自治区财政厅", Members, Locals] },
        { "三(二)", [Hr, "自治区公安厅"], [Members, Locals] },
        { "三(三)", ["自治区市场监督管理局", "新疆税务局", "自治区自然资源厅"], [Locals] },
        { "三(四)", [Hr], [Members, Locals] },
        { "三(五)", ["自治区总工会", "自治区民政厅"], [Locals] },
        { "四(一)", [Hr, "自治区乡村振兴局"], ["自治区农业农村厅", "自治区发展改革委", "自治区工信厅", Members, Locals] },
        { "四(二)", [Hr, "自治区教育厅", "自治区团委"], ["自治区党委组织部", "自治区党委教育工委", "自治区财政厅", Members, Locals] },
        { "四(三)", ["自治区退役军人事务厅"], [Locals] },
        { "四(四)", ["自治区妇联"], [Locals] },
        { "四(五)", [Hr, "自治区民政厅", "自治区残联"], [Locals] },
        { "五(一)", [Hr, "自治区教育厅"], [Members, Locals] },
        { "五(二)", ["自治区总工会"], ["自治区教育厅", "自治区财政厅", Locals] },
        { "五(三)", ["自治区总工会", "自治区司法厅"], [Locals] },
        { "五(四)", [Hr, "自治区党委政法委"], [Members, Locals] },
        { "五(五)", ["自治区科学技术厅", "自治区发展改革委"], [Members, Locals] },
        { "五(六)", ["自治区党委宣传部"], [Locals] },
    };

    [Fact]
    public void Covering_notice_gives_title_issuer_and_date()
    {
        Assert.Equal("2022年自治区扩大就业惠民工程实施方案", Draft.Title);
        Assert.Equal("自治区就业工作领导小组办公室", Draft.Issuer);
        Assert.Equal(new DateOnly(2022, 3, 24), Draft.Issued);
    }

    [Fact]
    public void Seed_has_exactly_21_items_numbered_as_printed()
    {
        string[] expected =
        [
            "二(一)", "二(二)", "二(三)", "二(四)", "二(五)", "三(一)", "三(二)", "三(三)", "三(四)", "三(五)",
            "四(一)", "四(二)", "四(三)", "四(四)", "四(五)", "五(一)", "五(二)", "五(三)", "五(四)", "五(五)", "五(六)",
        ];
        Assert.Equal(expected, Draft.Items.Select(i => i.Ref));
        Assert.Equal(["一", "二", "三", "四", "五", "六"], Draft.Sections.Select(s => s.Ref));
    }

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Every_item_has_exactly_its_lead_and_cooperating_agencies(string reference, string[] lead, string[] cooperating)
    {
        var item = Draft.Items.Single(i => i.Ref == reference);
        Assert.Equal(lead, item.Lead.Select(m => m.Canonical));
        Assert.Equal(cooperating, item.Cooperating.Select(m => m.Canonical));
        Assert.All(item.Lead.Concat(item.Cooperating), m => Assert.Equal(ResolutionStatus.Resolved, m.Status));
    }

    [Fact]
    public void Aliases_and_carried_prefixes_resolve_while_the_printed_name_is_kept()
    {
        var hrCommerce = Draft.Items.Single(i => i.Ref == "二(五)").Lead;
        Assert.Equal(["自治区人力资源和社会保障厅", "商务厅"], hrCommerce.Select(m => m.Printed));
        var tax = Draft.Items.Single(i => i.Ref == "三(三)").Lead[1];
        Assert.Equal(("税务局", "新疆税务局"), (tax.Printed, tax.Canonical));
        var coop = Draft.Items.Single(i => i.Ref == "四(一)").Cooperating;
        Assert.Equal(["自治区农业农村厅", "发改委", "工信厅"], coop.Take(3).Select(m => m.Printed));
    }

    [Fact]
    public void Canonical_agency_list_holds_the_28_agencies_in_first_mention_order()
    {
        string[] expected =
        [
            "自治区工信厅", "自治区发展改革委", Members, Locals, "自治区国资委", "自治区文化旅游厅", "自治区农业农村厅", Hr,
            "自治区商务厅", "新疆税务局", "自治区财政厅", "自治区公安厅", "自治区市场监督管理局", "自治区自然资源厅", "自治区总工会",
            "自治区民政厅", "自治区乡村振兴局", "自治区教育厅", "自治区团委", "自治区党委组织部", "自治区党委教育工委",
            "自治区退役军人事务厅", "自治区妇联", "自治区残联", "自治区司法厅", "自治区党委政法委", "自治区科学技术厅", "自治区党委宣传部",
        ];
        Assert.Equal(expected, Draft.Agencies.Select(a => a.Name));
        Assert.Equal([Members, Locals], Draft.Agencies.Where(a => a.IsGroup).Select(a => a.Name));
    }

    [Fact]
    public void Plan_level_targets_come_from_the_goals_paragraph()
    {
        var targets = Draft.Targets.Select(t => (t.Value, t.Unit, t.Comparator)).ToList();
        Assert.Equal(
            [
                (460000m, "人", Comparator.AtLeast), (5.5m, "%", Comparator.About), (2750000m, "人次", Comparator.AtLeast),
                (1082300m, "人", Comparator.AtLeast), (40000m, "人", Comparator.Equal), (100000m, "人", Comparator.Equal),
                (1500000m, "人次", Comparator.AtLeast),
            ],
            targets);
    }

    [Fact]
    public void Item_targets_are_only_the_commitments()
    {
        var withTargets = Draft.Items.Where(i => i.Targets.Any(t => !t.Candidate))
            .ToDictionary(i => i.Ref, i => i.Targets.Where(t => !t.Candidate).Select(t => (t.Value, t.Unit, t.Comparator)).ToList());
        Assert.Equal(["二(三)", "五(二)"], withTargets.Keys);
        Assert.Equal([(20000m, "个", Comparator.Equal)], withTargets["二(三)"]);
        Assert.Equal([(3000m, "名", Comparator.Equal), (1000m, "元/人", Comparator.Equal)], withTargets["五(二)"]);
    }

    [Fact]
    public void Commitments_in_prose_are_proposed_as_candidates_and_conditions_are_not()
    {
        var candidates = Draft.Items.SelectMany(i => i.Targets.Where(t => t.Candidate).Select(t => (i.Ref, t.Value, t.Unit, t.Comparator))).ToList();
        Assert.Equal(
            [("三(五)", 1m, "人/100户", Comparator.Equal), ("四(五)", 1m, "人", Comparator.AtLeast)],
            candidates);
        var atLeastOne = Draft.Items.Single(i => i.Ref == "四(五)").Targets.Single();
        Assert.Equal("确保有劳动能力的家庭至少1人实现就业", atLeastOne.Text);
    }

    [Fact]
    public void Items_carry_title_text_line_and_no_deadline_and_the_seed_needs_no_warnings()
    {
        var first = Draft.Items[0];
        Assert.Equal(("实施产业发展带动就业行动", 17), (first.Title, first.Line));
        Assert.StartsWith("实施产业发展带动就业行动。以产业园区", first.Text, StringComparison.Ordinal);
        Assert.EndsWith("增加就业岗位。", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("牵头单位", first.Text, StringComparison.Ordinal);
        Assert.All(Draft.Items, i => Assert.Null(i.Deadline));
        Assert.Empty(Draft.Warnings);
    }
}
