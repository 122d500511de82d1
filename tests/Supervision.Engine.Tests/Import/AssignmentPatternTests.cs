using Supervision.Engine.Import;

namespace Supervision.Engine.Tests.Import;

public class AssignmentPatternTests
{
    private static Dictionary<string, DraftItem> Items(string fixture) =>
        PlanParser.Parse(Fixture.Text(fixture)).Items.ToDictionary(i => i.Ref);

    // "∅" stands for an unresolved name (null canonical).
    private static string[] Canonical(IEnumerable<AgencyMention> mentions) => [.. mentions.Select(m => m.Canonical ?? "∅")];

    [Fact]
    public void Labelled_lines_with_full_width_colons_and_every_label_kind_are_read()
    {
        var items = Items("labelled_fullwidth.txt");
        Assert.Equal(["一(一)", "一(二)", "一(三)"], items.Keys);
        Assert.Equal(["自治区人力资源和社会保障厅"], Canonical(items["一(一)"].Lead));
        Assert.Equal(["自治区财政厅", "自治区教育厅"], Canonical(items["一(一)"].Cooperating));
        Assert.Equal(new DateOnly(2023, 6, 30), items["一(一)"].Deadline?.Due);
        Assert.Equal([(3000m, Comparator.AtLeast)], items["一(一)"].Targets.Where(t => !t.Candidate).Select(t => (t.Value, t.Comparator)));
        // Without a stated rule every 责任单位 is responsible, so all lead.
        Assert.Equal(["新疆税务局", "自治区财政厅"], Canonical(items["一(二)"].Lead));
        Assert.Equal(["自治区财政厅"], Canonical(items["一(三)"].Lead));
        Assert.Equal(["自治区人力资源和社会保障厅"], Canonical(items["一(三)"].Cooperating));
        Assert.Equal(new DateOnly(2023, 12, 31), items["一(三)"].Deadline?.Due);
    }

    [Fact]
    public void Trailing_parenthesis_with_a_first_listed_leads_rule_splits_lead_from_cooperating()
    {
        var items = Items("paren_rule.txt");
        Assert.Equal(["一1", "一2", "二1", "二2"], items.Keys);
        Assert.Equal(["自治区人力资源和社会保障厅"], Canonical(items["一1"].Lead));
        Assert.Equal(["自治区财政厅", "自治区工信厅"], Canonical(items["一1"].Cooperating));
        Assert.Equal("扩大企业吸纳", items["一1"].Title);
        // A bare list is an assignment once the rule is stated (下同).
        Assert.Equal(["自治区党委组织部"], Canonical(items["一2"].Lead));
        Assert.Equal(["自治区人力资源和社会保障厅"], Canonical(items["一2"].Cooperating));
        Assert.Equal(["自治区教育厅"], Canonical(items["二1"].Lead));
        Assert.Equal(["自治区团委", "自治区妇联"], Canonical(items["二1"].Cooperating));
        Assert.Equal(new DateOnly(2023, 12, 31), items["二1"].Deadline?.Due);
        Assert.Equal(["自治区财政厅"], Canonical(items["二2"].Lead));
        Assert.Equal(["自治区发展改革委"], Canonical(items["二2"].Cooperating));
    }

    [Fact]
    public void Several_parenthesised_assignments_in_one_paragraph_are_parts_of_one_item_that_split_item_separates()
    {
        var draft = PlanParser.Parse(Fixture.Text("paren_multiple.txt"));
        var items = draft.Items.ToDictionary(i => i.Ref);
        Assert.Equal(["一(一)", "一(二)"], items.Keys);
        var merged = items["一(一)"];
        // 负责 makes the first listed lead and the others cooperate; a name that leads anywhere leads only.
        Assert.Equal(["自治区乡村振兴局", "自治区农业农村厅", "自治区民政厅"], Canonical(merged.Lead));
        Assert.Equal(["自治区人力资源和社会保障厅", "自治区财政厅"], Canonical(merged.Cooperating));
        Assert.Equal(3, merged.Parts?.Count);

        var split = draft.SplitItem("一(一)", AgencyRegistry.Default).Items.ToDictionary(i => i.Ref);
        Assert.Equal(["一(一)-1", "一(一)-2", "一(一)-3", "一(二)"], split.Keys);
        Assert.Equal(["自治区乡村振兴局"], Canonical(split["一(一)-1"].Lead));
        Assert.Equal([20000m], split["一(一)-1"].Targets.Where(t => !t.Candidate).Select(t => t.Value));
        Assert.StartsWith("建设帮扶车间", split["一(一)-2"].Title, StringComparison.Ordinal);
        Assert.Equal(["自治区民政厅"], Canonical(split["一(一)-3"].Lead));
        Assert.Equal(["自治区财政厅"], Canonical(split["一(一)-3"].Cooperating));
        var training = items["一(二)"];
        Assert.Equal(["自治区教育厅"], Canonical(training.Cooperating));
        Assert.Equal((new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)), (training.Deadline?.From, training.Deadline?.Due));
        Assert.Equal([(10000m, "人次", Comparator.AtLeast)], training.Targets.Where(t => !t.Candidate).Select(t => (t.Value, t.Unit, t.Comparator)));
    }

    [Fact]
    public void Four_numbering_levels_restart_per_section_and_a_missing_lead_is_flagged()
    {
        var draft = PlanParser.Parse(Fixture.Text("numbering_levels.txt"));
        Assert.Equal(["一(一)1", "一(一)2", "一(二)1(1)", "一(二)1(2)", "二1", "二2"], draft.Items.Select(i => i.Ref));
        Assert.Equal([1000m], draft.Items[0].Targets.Select(t => t.Value));
        var noLead = Assert.Single(draft.Warnings);
        Assert.Equal(("item.no_lead", 18, "二2"), (noLead.Code, noLead.Line, noLead.ItemRef));
        Assert.Equal(["自治区团委"], Canonical(draft.Items[^1].Cooperating));
    }

    [Fact]
    public void Traditional_characters_are_matched_and_the_printed_text_is_kept()
    {
        var draft = PlanParser.Parse(Fixture.Text("traditional.txt"));
        Assert.Equal("2022年自治區擴大就業實施方案", draft.Title);
        var training = draft.Items[0];
        Assert.Equal("實施技能培訓行動", training.Title);
        Assert.Equal(["自治区人力资源和社会保障厅", "自治区商务厅"], Canonical(training.Lead));
        Assert.Equal(["自治區人力資源和社會保障廳", "商務廳"], training.Lead.Select(m => m.Printed));
        Assert.Equal(["自治区就业工作领导小组相关成员单位", "各地(州、市)人民政府(行政公署)"], Canonical(training.Cooperating));
        Assert.Equal([(1500000m, "人次", Comparator.AtLeast)], training.Targets.Select(t => (t.Value, t.Unit, t.Comparator)));
        Assert.Equal(["新疆税务局"], Canonical(draft.Items[1].Lead));
        Assert.Equal(["自治区财政厅"], Canonical(draft.Items[1].Cooperating));
        Assert.Empty(draft.Warnings);
    }

    [Fact]
    public void Unknown_agencies_stay_in_the_draft_with_a_warning_on_their_line()
    {
        var draft = PlanParser.Parse(Fixture.Text("unresolved.txt"));
        var item = Assert.Single(draft.Items);
        Assert.Equal(["自治区人力资源和社会保障厅", "∅"], Canonical(item.Lead));
        Assert.Equal(["自治区人力资源和社会保障厅", "自治区某某局"], item.Lead.Select(m => m.Printed));
        Assert.Equal([ResolutionStatus.Unresolved], item.Cooperating.Select(m => m.Status));
        Assert.Equal([(4, "自治区某某局"), (5, "银河系管理局")], draft.Warnings.Select(w => (w.Line, w.Message.Split('"')[1])));
        Assert.All(draft.Warnings, w => Assert.Equal("agency.unresolved", w.Code));
        Assert.Equal(["自治区人力资源和社会保障厅"], draft.Agencies.Select(a => a.Name));
    }
}
