using System.Text.Json.Nodes;
using Supervision.Engine.Import;

using Supervision.Tests.Shared;

namespace Supervision.Engine.Tests.Import;

public class DraftEditsTests
{
    private static readonly AgencyRegistry Registry = AgencyRegistry.Default;

    [Fact]
    public void Fixing_an_unknown_agency_clears_its_warning()
    {
        var draft = PlanParser.Parse(Fixture.Text("unresolved.txt"));
        var fixedDraft = draft
            .SetLead("一(一)", ["人社厅"], Registry)
            .SetCooperating("一(一)", ["财政厅", "民政厅"], Registry);
        Assert.Empty(fixedDraft.Warnings);
        Assert.Equal(["自治区财政厅", "自治区民政厅"], fixedDraft.Items[0].Cooperating.Select(m => m.Canonical));
        Assert.Equal(2, draft.Warnings.Count);
    }

    [Fact]
    public void Adding_an_alias_and_reresolving_fixes_every_mention()
    {
        var draft = PlanParser.Parse(Fixture.Text("unresolved.txt"));
        var registry = Registry.With(new Agency("银河系管理局", [], AgencyKind.Department, []));
        var fixedDraft = draft.Reresolve(registry);
        Assert.Equal(["自治区某某局"], fixedDraft.Warnings.Select(w => w.Message.Split('"')[1]));
    }

    [Fact]
    public void Deadlines_targets_items_and_title_can_be_corrected()
    {
        var draft = PlanParser.Parse(Fixture.Text("seed.txt"))
            .SetDeadline("二(一)", new Deadline("2022年底前", new DateOnly(2022, 12, 31)))
            .AddTarget("二(一)", QuantityParser.Parse("新增就业岗位5000个")!)
            .RemoveTarget("五(二)", 1)
            .RemoveTarget(null, 0)
            .DropItem("五(六)", Registry)
            .Rename("扩大就业惠民工程");
        Assert.Equal(20, draft.Items.Count);
        Assert.Equal(new DateOnly(2022, 12, 31), draft.Items[0].Deadline?.Due);
        Assert.Equal([5000m], draft.Items[0].Targets.Select(t => t.Value));
        Assert.Equal(["名"], draft.Items.Single(i => i.Ref == "五(二)").Targets.Select(t => t.Unit));
        Assert.Equal(6, draft.Targets.Count);
        Assert.DoesNotContain(draft.Agencies, a => a.Name == "自治区党委宣传部");
        Assert.Equal("扩大就业惠民工程", draft.Title);
        Assert.Throws<ArgumentException>(() => draft.DropItem("九(九)", Registry));
    }

    [Fact]
    public void Json_has_the_documented_shape_and_reads_back_unchanged()
    {
        var draft = PlanParser.Parse(Fixture.Text("seed.txt")).SetDeadline("二(一)", new Deadline("2022年底前", new DateOnly(2022, 12, 31)));
        var json = PlanDraftJson.Write(draft);
        var root = JsonNode.Parse(json)!;
        Assert.Equal("2022-03-24", (string?)root["issued"]);
        Assert.Equal(">=", (string?)root["targets"]![0]!["comparator"]);
        Assert.Equal(460000m, (decimal?)root["targets"]![0]!["value"]);
        var item = root["items"]![0]!;
        Assert.Equal(("二(一)", "实施产业发展带动就业行动", 17), ((string?)item["ref"], (string?)item["title"], (int?)item["line"]));
        Assert.Equal("自治区工信厅", (string?)item["lead"]![0]);
        Assert.Equal("商务厅", (string?)root["items"]![4]!["lead_printed"]![1]);
        Assert.Equal("2022-12-31", (string?)item["deadline"]);
        Assert.False((bool?)root["agencies"]![0]!["group"]);
        Assert.Equal(json, PlanDraftJson.Write(PlanDraftJson.Read(json)));
    }

    [Fact]
    public void Unresolved_names_are_null_in_json_and_stay_unresolved_after_reading()
    {
        var json = PlanDraftJson.Write(PlanParser.Parse(Fixture.Text("unresolved.txt")));
        var item = JsonNode.Parse(json)!["items"]![0]!;
        Assert.Null(item["lead"]![1]);
        var back = PlanDraftJson.Read(json);
        Assert.Equal((ResolutionStatus.Unresolved, "自治区某某局"), (back.Items[0].Lead[1].Status, back.Items[0].Lead[1].Printed));
    }

    [Fact]
    public void A_generated_200_item_plan_parses_completely()
    {
        var draft = PlanParser.Parse(SyntheticPlan.Generate(200));
        Assert.Equal(200, draft.Items.Count);
        Assert.Equal(200, draft.Items.Select(i => i.Ref).Distinct().Count());
        Assert.Empty(draft.Warnings);
        Assert.All(draft.Items, i => Assert.NotNull(i.Deadline?.Due));
        Assert.Equal(2, draft.Targets.Count);
    }
}
