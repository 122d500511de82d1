using Supervision.Engine.Errors;
using Supervision.Engine.Import;
using Supervision.Engine.Import.Commit;
using Supervision.Engine.Import.Drafts;

namespace Supervision.Engine.Tests.Import;

public class DraftOperationsTests
{
    private static readonly PlanDraft Seed = PlanParser.Parse(Fixture.Text("seed.txt"));
    private static readonly AgencyRegistry Registry = AgencyRegistry.Default;

    [Fact]
    public void A_batch_with_one_bad_edit_changes_nothing_and_names_that_edit()
    {
        DraftOperation[] batch = [new("drop_item", Item: "二(一)"), new("set_deadline", Item: "二(二)", Due: "31/12/2022")];

        var error = Assert.Throws<SupervisionException>(() => DraftOperations.Apply(Seed, Registry, [], batch));

        Assert.Equal(("import.bad_edit", "[1].due"), (error.Code, error.Field));
        Assert.Equal(21, Seed.Items.Count);
    }

    [Fact]
    public void Adding_an_alias_resolves_the_unresolved_mention_and_clears_its_warning()
    {
        var (broken, _) = DraftOperations.Apply(Seed, Registry, [], [new DraftOperation("set_lead", Item: "二(二)", Agencies: ["国有资产监督管理委员会"])]);

        var (fixedDraft, added) = DraftOperations.Apply(broken, Registry, [], [new DraftOperation("add_alias", Agency: "自治区国资委", Alias: "国有资产监督管理委员会")]);

        Assert.Contains(broken.Warnings, w => w.Code == "agency.unresolved" && w.ItemRef == "二(二)");
        Assert.Equal("自治区国资委", fixedDraft.Items.Single(i => i.Ref == "二(二)").Lead.Single().Canonical);
        Assert.DoesNotContain(fixedDraft.Warnings, w => w.Code.StartsWith("agency.", StringComparison.Ordinal));
        Assert.Contains("国有资产监督管理委员会", added.Single().Aliases);
    }

    [Fact]
    public void An_alias_already_meaning_another_agency_is_refused()
    {
        var error = Assert.Throws<SupervisionException>(() =>
            DraftOperations.Apply(Seed, Registry, [], [new DraftOperation("add_alias", Agency: "自治区国资委", Alias: "商务厅")]));

        Assert.Equal("[0].alias", error.Field);
    }

    [Fact]
    public void An_added_agency_with_members_must_be_a_group()
    {
        var error = Assert.Throws<SupervisionException>(() => DraftOperations.Apply(
            Seed, Registry, [], [new DraftOperation("add_agency", Name: "自治区某联席会议", Group: false, Members: ["商务厅"])]));

        Assert.Equal("[0].members", error.Field);
    }

    [Fact]
    public void A_targets_comparator_and_value_come_from_the_edit()
    {
        var (draft, _) = DraftOperations.Apply(Seed, Registry, [], [new DraftOperation("add_target", Text: "新增岗位1000个", Value: 1000, Unit: "个", Comparator: ">=")]);

        var added = draft.Targets[^1];
        Assert.Equal((1000m, "个", Comparator.AtLeast), (added.Value, added.Unit, added.Comparator));
    }

    [Fact]
    public void A_draft_with_an_unresolved_agency_cannot_be_committed()
    {
        var (broken, _) = DraftOperations.Apply(Seed, Registry, [], [new DraftOperation("set_lead", Item: "二(二)", Agencies: ["不存在的局"])]);

        var error = Assert.Throws<SupervisionException>(() => CommitChecks.Require(broken));

        Assert.Equal("import.unresolved_agencies", error.Code);
        Assert.Contains("不存在的局", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_imported_agency_id_depends_only_on_its_name()
    {
        Assert.Equal(AgencyDirectory.IdFor("自治区商务厅"), AgencyDirectory.IdFor("自治区商务厅"));
        Assert.NotEqual(AgencyDirectory.IdFor("自治区商务厅"), AgencyDirectory.IdFor("自治区财政厅"));
        Assert.Matches("^ag-[0-9a-f]{8}$", AgencyDirectory.IdFor("自治区商务厅"));
    }
}
