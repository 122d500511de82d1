using Supervision.Engine.Import;

namespace Supervision.Engine.Tests.Import;

/// <summary>Task-breakdown tables that lost their grid on the way to text (issue 22 item 1).</summary>
public class TextTableTests
{
    private static PlanDraft Fixture(string name) => PlanParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name)));

    private static DraftItem Item(PlanDraft draft, string reference) => draft.Items.Single(i => i.Ref == reference);

    private static string Names(IEnumerable<AgencyMention> mentions) => string.Join("、", mentions.Select(m => m.Printed));

    [Fact]
    public void A_county_table_with_one_cell_per_line_gives_its_rows_as_items_under_their_category_rows()
    {
        var draft = Fixture("county_cells.txt");
        Assert.Equal("某县2024年度目标任务分解表", draft.Title);
        Assert.Equal(["一1", "一2", "一3", "二4", "三5"], draft.Items.Select(i => i.Ref));
        Assert.Equal(["经济社会发展主要预期目标分解(3项)", "重点工作任务分解(2项)", "乡村振兴"], draft.Sections.Select(s => s.Title[(s.Title.IndexOf('、') + 1)..]));
        var first = Item(draft, "一1");
        Assert.Equal(("地区生产总值增长6.5%左右", 10m, new DateOnly(2024, 12, 31)), (first.Title, first.Score, first.Deadline?.Due));
        Assert.Equal(("县发改委", "县统计局"), (Names(first.Lead), Names(first.Cooperating)));
        Assert.Contains(first.Targets, t => t.Value == 6.5m);
        var roads = Item(draft, "二4");
        Assert.Equal(("县交通运输局", "县财政局、县自然资源局、县督查室"), (Names(roads.Lead), Names(roads.Cooperating)));
        // The assessing agency (监考单位) checks the work: it cooperates with a supervision note.
        Assert.Equal("supervision", roads.Cooperating[^1].Note);
        Assert.Equal(("县教育局", 5m), (Names(Item(draft, "三5").Lead), Item(draft, "三5").Score));
    }

    [Fact]
    public void A_row_a_cell_short_is_warned_about_on_its_line_with_the_split_chosen()
    {
        var draft = Fixture("county_cells.txt");
        var warning = Assert.Single(draft.Warnings, w => w.Code == "table.row_shape");
        Assert.Equal(("一3", Item(draft, "一3").Line), (warning.ItemRef, warning.Line));
        Assert.Contains("序号: 3 | 目标任务: 城镇新增就业2000人以上 | 分值: 6 | 牵头责任单位: 县人社局", warning.Message, StringComparison.Ordinal);
        Assert.Contains("完成时限: 2024年12月底", warning.Message, StringComparison.Ordinal);
        Assert.Equal(6m, Item(draft, "一3").Score);
    }

    [Fact]
    public void A_city_table_of_numbered_lines_ending_in_short_names_gives_the_first_listed_as_lead_and_says_it_is_a_reading()
    {
        var draft = Fixture("city_rows.txt");
        Assert.Equal(["一1", "一2", "一3", "二4", "二5"], draft.Items.Select(i => i.Ref));
        Assert.Equal(["一", "一", "一", "二", "二"], draft.Items.Select(i => i.Section));
        var investment = Item(draft, "一3");
        Assert.Equal("全社会固定资产投资额550亿元，其中：工业投资200亿元", investment.Title);
        Assert.Equal(("发改委", "经信委、科技局"), (Names(investment.Lead), Names(investment.Cooperating)));
        Assert.Contains(investment.Targets, t => t is { Value: 55_000_000_000m, Unit: "元", Candidate: true });
        // 发改委 resolves through the registry's aliases as it does today; the others stay for the coordinator.
        Assert.Equal(ResolutionStatus.Resolved, investment.Lead[0].Status);
        Assert.Equal(["一1", "一2", "一3", "二4"], draft.Warnings.Where(w => w.Code == "lead.reading").Select(w => w.ItemRef));
        Assert.Equal(("人社局", 35000m), (Names(Item(draft, "二5").Lead), Item(draft, "二5").Targets.Single().Value));
        Assert.DoesNotContain(draft.Warnings, w => w.Code == "table.row_shape");
    }

    [Fact]
    public void A_row_line_with_one_list_for_a_lead_and_a_cooperating_column_is_split_and_warned_about()
    {
        var draft = PlanParser.Parse("某市重点任务分解表\n序号 工作任务 牵头单位 配合单位\n1 新建5G基站800个 工信局、通管办、住建局\n2 建成充电桩300个 发改委 供电公司\n");
        var towers = Item(draft, "1");
        Assert.Equal(("工信局", "通管办、住建局"), (Names(towers.Lead), Names(towers.Cooperating)));
        var warning = Assert.Single(draft.Warnings, w => w.Code == "table.row_shape");
        Assert.Equal(("1", true), (warning.ItemRef, warning.Message.Contains("牵头单位: 工信局 | 配合单位: 通管办、住建局", StringComparison.Ordinal)));
        Assert.Equal(("发改委", "供电公司"), (Names(Item(draft, "2").Lead), Names(Item(draft, "2").Cooperating)));
    }
}
