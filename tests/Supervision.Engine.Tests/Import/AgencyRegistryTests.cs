using Supervision.Engine.Import;

namespace Supervision.Engine.Tests.Import;

public class AgencyRegistryTests
{
    private static readonly AgencyRegistry Registry = AgencyRegistry.Default;

    [Fact]
    public void Lists_never_split_inside_parentheses_and_carry_the_region_prefix()
    {
        var names = AgencyList.Split("自治区农业农村厅、发改委、工信厅，各地（州、市）人民政府（行政公署）;新疆税务局、财政厅");
        Assert.Equal(
            ["自治区农业农村厅", "自治区发改委", "自治区工信厅", "各地（州、市）人民政府（行政公署）", "新疆税务局", "财政厅"],
            names.Select(n => n.Qualified));
        Assert.Equal("发改委", names[1].Printed);
    }

    [Theory]
    [InlineData("发改委", "自治区发展改革委")]
    [InlineData("发展改革委", "自治区发展改革委")]
    [InlineData("工信厅", "自治区工信厅")]
    [InlineData("人力资源社会保障厅", "自治区人力资源和社会保障厅")]
    [InlineData("税务局", "新疆税务局")]
    [InlineData("各地(州、市)人民政府(行政公署)", "各地(州、市)人民政府(行政公署)")]
    [InlineData("各地（州、市）人民政府（行政公署）", "各地(州、市)人民政府(行政公署)")]
    public void Aliases_resolve_to_one_canonical_agency(string name, string canonical)
    {
        var resolution = Registry.Resolve(name);
        Assert.Equal((ResolutionStatus.Resolved, canonical), (resolution.Status, resolution.Agency?.Name));
    }

    [Fact]
    public void The_tax_bureau_in_a_region_list_is_the_central_agency_not_a_carried_prefix()
    {
        var mentions = AgencyList.Split("自治区市场监督管理局、税务局、自然资源厅").Select(Registry.Mention).ToList();
        Assert.Equal(["自治区市场监督管理局", "新疆税务局", "自治区自然资源厅"], mentions.Select(m => m.Canonical));
    }

    [Fact]
    public void A_name_two_agencies_claim_is_ambiguous_and_names_both()
    {
        var registry = Registry.With(new Agency("自治区社会工作部", ["社工部"], AgencyKind.Party, []))
            .With(new Agency("自治区社会保障局", ["社工部"], AgencyKind.Department, []));
        var mention = registry.Mention(new ListedName("社工部", "社工部"));
        Assert.Equal((ResolutionStatus.Ambiguous, (string?)null), (mention.Status, mention.Canonical));
        Assert.Equal(["自治区社会工作部", "自治区社会保障局"], mention.Candidates);
    }

    [Fact]
    public void Groups_expand_to_their_members_and_edits_return_a_new_registry()
    {
        Assert.Equal(14, Registry.Expand("各地(州、市)人民政府(行政公署)").Count);
        Assert.Contains(Registry.Expand("自治区就业工作领导小组相关成员单位"), a => a.Name == "自治区人力资源和社会保障厅");
        var edited = Registry.WithAlias("自治区商务厅", "商务局");
        Assert.Equal("自治区商务厅", edited.Resolve("商务局").Agency?.Name);
        Assert.Equal(ResolutionStatus.Unresolved, Registry.Resolve("商务局").Status);
        Assert.Null(edited.Without("自治区商务厅").Find("自治区商务厅"));
    }
}
