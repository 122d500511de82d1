using Supervision.Engine.Import;
using Supervision.Engine.Import.Drafts;

namespace Supervision.Engine.Tests.Import;

/// <summary>Short and local agency names read by the issuer's jurisdiction (issue 22 item 2).</summary>
public class LocalNameTests
{
    // The city's own registry: what an office loads with `agencies import` before importing its tables.
    private static readonly AgencyRegistry City = new(
        new[]
        {
            "常熟市发展和改革委员会", "常熟市统计局", "常熟市财政局", "常熟市经济和信息化委员会", "常熟市科学技术局",
            "常熟市住房和城乡建设局", "常熟市城市管理局", "常熟市人力资源和社会保障局", "苏州市发展和改革委员会",
        }.Select(n => new Agency(n, [], AgencyKind.Department, []))
            .Append(new Agency("国家税务总局常熟市税务局", ["常熟市税务局", "税务局"], AgencyKind.Department, [])));

    private static DraftItem Item(PlanDraft draft, string reference) => draft.Items.Single(i => i.Ref == reference);

    private static string Canonical(IEnumerable<AgencyMention> mentions) => string.Join("、", mentions.Select(m => m.Canonical));

    [Fact]
    public void A_city_tables_short_names_are_read_as_the_issuing_citys_agencies_and_each_guess_is_a_warning()
    {
        var draft = PlanParser.Parse(Fixture.Text("changshu_rows.txt"), City);

        Assert.Equal("常熟市人民政府办公室", draft.Issuer);
        Assert.Equal(("常熟市发展和改革委员会", "常熟市经济和信息化委员会、常熟市科学技术局"), (Canonical(Item(draft, "一3").Lead), Canonical(Item(draft, "一3").Cooperating)));
        Assert.Equal(("常熟市财政局", "国家税务总局常熟市税务局"), (Canonical(Item(draft, "一2").Lead), Canonical(Item(draft, "一2").Cooperating)));
        Assert.Equal("常熟市人力资源和社会保障局", Canonical(Item(draft, "二5").Lead));
        Assert.All(draft.Items.SelectMany(i => i.Lead.Concat(i.Cooperating)), m => Assert.Equal(ResolutionStatus.Resolved, m.Status));
        // 税务局 is the registry's own alias: knowledge, not a guess, so it has no warning.
        var guessed = draft.Warnings.Where(w => w.Code == "agency.guessed").ToList();
        Assert.DoesNotContain(guessed, w => w.Message.Contains("\"税务局\"", StringComparison.Ordinal));
        Assert.Contains(guessed, w => w.ItemRef == "一3" && w.Message.StartsWith("\"经信委\" in item 一3 was read as \"常熟市经济和信息化委员会\"", StringComparison.Ordinal));
        Assert.Equal(9, guessed.Count);
    }

    [Fact]
    public void Names_run_together_in_a_district_table_are_split_and_read_as_the_districts_agencies()
    {
        var district = new AgencyRegistry(new[] { "吴中区发展和改革局", "吴中区统计局" }.Select(n => new Agency(n, [], AgencyKind.Department, [])));
        var text = "吴中区2024年重点任务分解表\n苏州市吴中区人民政府办公室\n2024年3月1日\n序号 工作任务 责任单位\n1 地区生产总值增长5.5% 区发改局区统计局\n";

        var draft = PlanParser.Parse(text, district);

        var item = draft.Items.Single();
        Assert.Equal(("吴中区发展和改革局", "吴中区统计局"), (Canonical(item.Lead), Canonical(item.Cooperating)));
        Assert.Equal(2, draft.Warnings.Count(w => w.Code == "agency.guessed"));
    }

    [Fact]
    public void A_name_fitting_no_agency_of_the_jurisdiction_or_several_stays_unresolved()
    {
        var draft = PlanParser.Parse("某县重点任务分解表\n某县人民政府办公室\n2024年3月1日\n序号 工作任务 责任单位\n1 新增城镇就业2000人 人社局\n", City);

        Assert.Equal(ResolutionStatus.Unresolved, draft.Items.Single().Lead.Single().Status);
        Assert.DoesNotContain(draft.Warnings, w => w.Code == "agency.guessed");
    }

    [Fact]
    public void One_alias_added_in_the_preview_corrects_a_wrong_guess_and_is_kept_for_the_next_document()
    {
        var draft = PlanParser.Parse(Fixture.Text("changshu_rows.txt"), City);

        // Say this city's 经信委 is its statistics bureau: the coordinator teaches the registry once.
        var (corrected, added) = DraftOperations.Apply(draft, City, [], [new DraftOperation("add_alias", Agency: "常熟市统计局", Alias: "经信委")]);

        Assert.Equal("常熟市统计局", Item(corrected, "一3").Cooperating[0].Canonical);
        Assert.DoesNotContain(corrected.Warnings, w => w.Code == "agency.guessed" && w.Message.StartsWith("\"经信委\"", StringComparison.Ordinal));
        Assert.Contains(corrected.Warnings, w => w.Code == "agency.guessed" && w.Message.StartsWith("\"科技局\"", StringComparison.Ordinal));
        var next = PlanParser.Parse(Fixture.Text("changshu_rows.txt"), added.Aggregate(City, (r, a) => r.With(a)));
        Assert.Equal("常熟市统计局", Item(next, "一3").Cooperating[0].Canonical);
        Assert.DoesNotContain(next.Warnings, w => w.Message.StartsWith("\"经信委\"", StringComparison.Ordinal));
    }

    // The city's agencies as registered in the system (the built-in registry joins them, as on upload).
    private static AgencyRegistry Registered(params (string Name, string[] Aliases)[] learned) => DraftRegistry.Build(
        [.. City.Agencies.Select((a, i) => new Supervision.Engine.Import.Commit.RegisteredAgency(
            $"ag-{i}", a.Name, learned.FirstOrDefault(l => l.Name == a.Name).Aliases ?? a.Aliases, false, []))],
        []);

    [Fact]
    public void A_built_in_alias_beats_the_guess_by_the_issuers_level_and_only_unresolved_names_are_guessed()
    {
        var draft = PlanParser.Parse(Fixture.Text("changshu_rows.txt"), Registered());

        // 发改委 is a built-in alias: knowledge wins over the guess (常熟市发展和改革委员会), and it is not called a guess.
        Assert.Equal("自治区发展改革委", Canonical(Item(draft, "一1").Lead));
        var guessed = draft.Warnings.Where(w => w.Code == LocalNames.Guessed).Select(w => w.Message.Split('"')[1]).ToList();
        Assert.DoesNotContain("发改委", guessed);
        Assert.Contains("经信委", guessed);
        Assert.Equal("常熟市经济和信息化委员会", Item(draft, "一3").Cooperating[0].Canonical);
    }

    [Fact]
    public void An_alias_the_office_taught_the_registry_beats_both_the_built_in_alias_and_the_guess()
    {
        var draft = PlanParser.Parse(Fixture.Text("changshu_rows.txt"), Registered(("常熟市发展和改革委员会", ["发改委"])));

        Assert.Equal("常熟市发展和改革委员会", Canonical(Item(draft, "一1").Lead));
        Assert.Equal(ResolutionStatus.Resolved, Item(draft, "一3").Lead.Single().Status);
        Assert.DoesNotContain(draft.Warnings, w => w.Message.StartsWith("\"发改委\"", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_learned_on_a_built_in_agency_is_kept_when_the_next_document_is_read()
    {
        var registry = DraftRegistry.Build([new Supervision.Engine.Import.Commit.RegisteredAgency("ag-1", "自治区发展改革委", ["发展改革委", "发改委", "区发展改革部门"], false, [])], []);

        Assert.Equal("自治区发展改革委", registry.Resolve("区发展改革部门").Agency?.Name);
        Assert.Equal("自治区发展改革委", registry.Resolve("发改委").Agency?.Name);
    }
}
