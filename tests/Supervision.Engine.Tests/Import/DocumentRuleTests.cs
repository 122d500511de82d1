using Supervision.Engine.Import;

namespace Supervision.Engine.Tests.Import;

/// <summary>The rule a document states for who leads wins over the role words (issue 22 item 3).</summary>
public class DocumentRuleTests
{
    private static PlanDraft Fixture(string name) => PlanParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name)));

    private static (string Lead, string Cooperating) Agencies(PlanDraft draft, string reference)
    {
        var item = draft.Items.Single(i => i.Ref == reference);
        return (string.Join("、", item.Lead.Select(m => m.Printed)), string.Join("、", item.Cooperating.Select(m => m.Printed)));
    }

    [Fact]
    public void A_rule_stated_in_the_first_item_makes_the_first_listed_lead_of_every_later_parenthesis_commas_and_role_words_included()
    {
        var draft = Fixture("council_rule.txt");
        Assert.Equal(("水利部", "发展改革委、财政部"), Agencies(draft, "一(一)"));
        // …，各省级人民政府按职责分工负责: the rule, not the role word, says who leads.
        Assert.Equal(("水利部", "国家卫生健康委、各省级人民政府"), Agencies(draft, "一(二)"));
        Assert.Equal(("发展改革委", "水利部、各省级人民政府"), Agencies(draft, "二(一)"));
        Assert.DoesNotContain(draft.Warnings, w => w.Code == "lead.reading");
    }

    [Fact]
    public void Only_a_parenthesis_that_says_who_leads_itself_overrides_the_rule()
    {
        var draft = Fixture("council_rule.txt");
        Assert.Equal(("国家卫生健康委、生态环境部、水利部", "各省级人民政府"), Agencies(draft, "二(二)"));
        var together = PlanParser.Parse("方案\n一、总体\n1.甲（A局、B局负责，列第一位者为牵头单位，下同）。\n2.乙（C局、D局共同牵头，E局负责）。\n");
        Assert.Equal(("C局、D局", "E局"), Agencies(together, "一2"));
    }

    [Fact]
    public void A_rule_in_a_sections_own_sentence_holds_for_that_section_only()
    {
        var draft = PlanParser.Parse(string.Join('\n',
            "某县工作方案",
            "一、项目建设",
            "本部分任务，排在第一位的为牵头部门。",
            "（一）推进项目开工（县发改委，县财政局按职责分工负责）。",
            "二、民生保障",
            "（一）提高低保标准（县民政局，县财政局按职责分工负责）。"));
        Assert.Equal(("县发改委", "县财政局"), Agencies(draft, "一(一)"));
        // Outside the section the role word reads as it always has: every one named with 按职责分工负责 leads.
        Assert.Equal(("县财政局", "县民政局"), Agencies(draft, "二(一)"));
    }

    [Fact]
    public void Without_a_rule_the_first_of_several_responsible_leads_with_a_warning_that_it_is_a_reading()
    {
        var draft = Fixture("reading_lead.txt");
        Assert.Equal(("县农业农村局", "县住建局、县生态环境局"), Agencies(draft, "一1"));
        var warning = Assert.Single(draft.Warnings, w => w.Code == "lead.reading");
        Assert.Equal(("一1", 3), (warning.ItemRef, warning.Line));
        Assert.Contains("\"县农业农村局\"", warning.Message, StringComparison.Ordinal);
        // 牵头 is a statement: nothing to confirm.
        Assert.Equal(("县农业农村局", "县卫健局"), Agencies(draft, "一2"));
    }
}
