using System.IO.Compression;
using Supervision.Engine.Import;
using Supervision.Engine.Import.Drafts;

namespace Supervision.Engine.Tests.Import;

/// <summary>The ways real plans are written (issue 13), each on a corpus document written in their style.</summary>
public class RealPlanPatternTests
{
    private static PlanDraft Corpus(string name) =>
        PlanParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Corpus", name)));

    private static DraftItem Item(PlanDraft draft, string reference) => draft.Items.Single(i => i.Ref == reference);

    [Fact]
    public void A_standing_rule_leads_every_later_task_of_its_section_with_a_warning_and_can_be_undone()
    {
        var draft = Corpus("city_renewal.txt");
        var rule = Assert.Single(draft.Rules!);
        Assert.Equal((15, "二", "试点城市政府"), (rule.Line, rule.Section, Assert.Single(rule.Lead)));
        Assert.Equal(["二(二)", "二(三)", "二(四)"], rule.Items);
        Assert.Equal(["二(二)", "二(三)", "二(四)"], draft.Warnings.Where(w => w.Code == "rule.standing").Select(w => w.ItemRef));
        Assert.DoesNotContain(Item(draft, "三(一)").Lead, m => m.Printed == "试点城市政府");

        var undone = draft.UndoRule(15, AgencyRegistry.Default);
        Assert.DoesNotContain(Item(undone, "二(三)").Lead, m => m.Printed == "试点城市政府");
        Assert.Contains(Item(undone, "二(二)").Lead, m => m.Printed == "试点城市政府");
        Assert.Empty(undone.Rules!);
        Assert.DoesNotContain(undone.Warnings, w => w.Code == "rule.standing");
    }

    [Fact]
    public void Every_paragraph_of_an_item_counts_and_guidance_and_supervision_are_noted()
    {
        var draft = Corpus("city_renewal.txt");
        Assert.Equal(4, Item(draft, "二(一)").Parts!.Count);
        Assert.Equal(["guidance", "guidance"], Item(draft, "二(二)").Cooperating.Select(m => m.Note));
        Assert.Equal("supervision", Assert.Single(Item(draft, "三(二)").Cooperating).Note);
        // (以下简称“燃气改造”) and (PPP) explain; they assign nobody.
        Assert.DoesNotContain(draft.Items.SelectMany(i => i.Lead.Concat(i.Cooperating)), m => m.Printed.Contains("燃气改造", StringComparison.Ordinal) || m.Printed == "PPP");
    }

    [Fact]
    public void Collectives_stay_whole_brackets_never_stick_to_names_and_run_together_names_are_split_with_a_warning()
    {
        var draft = Corpus("county_lists.txt");
        Assert.Equal(ResolutionStatus.Collective, Item(draft, "一3").Lead[^1].Status);
        Assert.Contains(draft.Warnings, w => w.Code == "agency.collective" && w.ItemRef == "一3");
        Assert.Equal(["市教育局", "长乐投资有限公司"], Item(draft, "二1").Cooperating.Select(m => m.Printed));
        Assert.Equal(["各区、县级市"], Item(draft, "二2").Cooperating.Select(m => m.Printed));
        Assert.Contains(draft.Warnings, w => w.Code == "agency.run_together" && w.ItemRef == "三1");
    }

    [Fact]
    public void A_traditional_character_plan_gives_the_same_targets_as_its_simplified_twin()
    {
        static List<(string, decimal, string, Comparator, bool)> Targets(PlanDraft d) =>
            [.. d.Targets.Concat(d.Items.SelectMany(i => i.Targets)).Select(t => (ChineseFoldOf(t.Printed), t.Value, ChineseFoldOf(t.Unit), t.Comparator, t.Candidate))];
        var simplified = Targets(Corpus("employment_simplified.txt"));
        Assert.Equal(simplified, Targets(Corpus("employment_traditional.txt")));
        Assert.Contains(("1人", 1m, "人", Comparator.AtLeast, true), simplified);
        Assert.Contains(("93个", 93m, "个", Comparator.Equal, true), simplified);
    }

    [Fact]
    public void A_quoted_commitment_keeps_both_of_its_quotes_or_neither()
    {
        var item = Item(Corpus("employment_simplified.txt"), "二(三)");
        Assert.All(item.Targets, t => Assert.Equal(t.Text.Count(c => c == '“'), t.Text.Count(c => c == '”')));
    }

    [Fact]
    public async Task An_xlsx_breakdown_keeps_leader_score_deadline_and_target_of_each_row()
    {
        var rows = CellTables.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Corpus", "district_breakdown.cells.txt")));
        var draft = await PlanImporter.ImportAsync(new MemoryStream(CellTables.Xlsx(rows)), "breakdown.xlsx");
        Assert.Equal("2024年某区优化营商环境重点任务分解表", draft.Title);
        var first = Item(draft, "一1");
        Assert.Equal(("王建国", 10m, new DateOnly(2024, 6, 30)), (first.Leader, first.Score, first.Deadline?.Due));
        Assert.Equal([(98m, Comparator.AtLeast)], first.Targets.Where(t => !t.Candidate).Select(t => (t.Value, t.Comparator)));
        Assert.Equal(["一", "二", "三"], draft.Sections.Select(s => s.Ref));
        var json = PlanDraftJson.Read(PlanDraftJson.Write(draft));
        Assert.Equal((first.Leader, first.Score), (Item(json, "一1").Leader, Item(json, "一1").Score));
    }

    [Fact]
    public void A_pasted_row_missing_a_cell_is_placed_by_what_its_cells_look_like_and_warned_about()
    {
        var draft = Corpus("district_pasted_lines.txt");
        var warning = Assert.Single(draft.Warnings, w => w.Code == "table.row_shape");
        Assert.Contains("8 cells for 9 columns", warning.Message, StringComparison.Ordinal);
        Assert.Equal(("赵强", 5m), (Item(draft, "三5").Leader, Item(draft, "三5").Score));
    }

    [Fact]
    public async Task A_workbook_that_unpacks_to_far_more_than_its_size_is_refused_as_a_bomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, size) in new[] { ("[Content_Types].xml", 10), ("xl/workbook.xml", 10), ("xl/worksheets/sheet1.xml", 64 * 1024 * 1024) })
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(new byte[size]);
            }
        }

        var refused = await Assert.ThrowsAsync<ImportException>(() => new DocumentReader().ReadAsync(new MemoryStream(stream.ToArray()), "bomb.xlsx"));
        Assert.Equal(ImportErrorCodes.ZipBomb, refused.Code);
    }

    [Fact]
    public void Split_item_undo_rule_and_accept_target_are_corrections_and_refuse_what_does_not_exist()
    {
        var draft = Corpus("city_renewal.txt");
        var (edited, _) = DraftOperations.Apply(draft, AgencyRegistry.Default, [], [
            new DraftOperation("split_item", Item: "二(一)"),
            new DraftOperation("undo_rule", Line: 15),
            new DraftOperation("accept_target", Item: "二(二)", Index: 0),
        ]);
        Assert.Equal(["二(一)-1", "二(一)-2", "二(一)-3", "二(一)-4"], edited.Items.Take(4).Select(i => i.Ref));
        Assert.False(Item(edited, "二(二)").Targets[0].Candidate);
        var bad = Assert.Throws<Supervision.Engine.Errors.SupervisionException>(() =>
            DraftOperations.Apply(draft, AgencyRegistry.Default, [], [new DraftOperation("undo_rule", Line: 3)]));
        Assert.Equal("import.bad_edit", bad.Code);
        Assert.Throws<Supervision.Engine.Errors.SupervisionException>(() =>
            DraftOperations.Apply(draft, AgencyRegistry.Default, [], [new DraftOperation("split_item", Item: "三(一)")]));
    }

    [Fact]
    public void Prose_shaped_like_a_rule_assigns_nobody_and_a_collective_may_end_in_any_word()
    {
        var draft = PlanParser.Parse("""
            某区2024年安全生产工作要点
            一、工作要求
            各单位要按照以下要求抓好落实，确保安全生产形势稳定。
            （一）压实安全责任。落实《安全生产法》（以下简称“安全法”），开展隐患排查（区应急局牵头，各镇街、区直有关部门配合）。
            （二）开展专项整治。全年检查企业不少于500家（区应急局、区住建局负责）。
            """);
        Assert.Empty(draft.Rules!);
        var first = Item(draft, "一(一)");
        Assert.Equal(["区应急局"], first.Lead.Select(m => m.Printed));
        Assert.Equal([("各镇街", ResolutionStatus.Collective), ("区直有关部门", ResolutionStatus.Collective)], first.Cooperating.Select(m => (m.Printed, m.Status)));
        Assert.Equal(["区住建局"], Item(draft, "一(二)").Cooperating.Select(m => m.Printed));
    }

    private static string ChineseFoldOf(string text) => ChineseFold.Fold(text);
}
