using Supervision.Engine.Assignments;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Tests.Cluster;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Items;

namespace Supervision.Engine.Tests.Obligations;

[Collection(ClusterCollection.Name)]
public sealed class ObligationTests(ClusterFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task Each_move_closes_what_was_owed_and_opens_what_is_owed_next()
    {
        var itemId = await _world.ItemAsync(withCooperator: false);
        var lead = _world.Assignment(itemId, _world.Lead);
        var user = World.UserOf(_world.Lead);

        await lead.AcknowledgeAsync(new Responsible("张三", null, null), user, null);
        await lead.SubmitReportAsync("进展", [], user, null);
        await lead.SubmitCompletionAsync("初稿", user, null);
        var returned = await lead.ReviewCompletionAsync(false, "缺少佐证材料", _world.Coordinator, null);
        await lead.SubmitCompletionAsync("补充材料", user, null);
        await lead.ReviewCompletionAsync(true, null, _world.Coordinator, null);

        var all = await RowsAsync(AssignmentIds.For(itemId, _world.Lead));
        var rows = all.Where(r => r.Kind != "report").ToList();
        Assert.Equal(
            [
                ("acknowledge", _world.Lead, "met", "AssignmentAcknowledged"),
                ("complete", _world.Lead, "met", "CompletionSubmitted"),
                ("review", "office", "met", "CompletionReturned"),
                ("rework", _world.Lead, "met", "CompletionSubmitted"),
                ("review", "office", "met", "CompletionApproved"),
            ],
            rows.Select(r => (r.Kind, r.OwedBy, r.State, r.ClosedBy)));
        Assert.Equal(returned.ReworkBy, rows[3].DueAt);

        // The periods' reports: the one reported is met, the rest are cancelled by the completion, which covers them.
        var reports = all.Where(r => r.Kind == "report").ToList();
        Assert.Single(reports, r => (r.State, r.ClosedBy) == ("met", "ReportSubmitted"));
        Assert.All(reports.Where(r => r.State != "met"), r => Assert.Equal(("cancelled", "CompletionSubmitted"), (r.State, r.ClosedBy)));
        Assert.True(reports.Count > 1);
    }

    [Fact]
    public async Task Withdrawing_cancels_what_was_owed_and_withdraws_an_item_left_without_a_lead()
    {
        var itemId = await _world.ItemAsync(withCooperator: false);

        await _world.Assignment(itemId, _world.Lead).WithdrawAsync("方案调整", _world.Coordinator, null);

        var rows = await RowsAsync(AssignmentIds.For(itemId, _world.Lead));
        Assert.Equal([("acknowledge", "cancelled", "AssignmentWithdrawn")], rows.Select(r => (r.Kind, r.State, r.ClosedBy)));
        Assert.Equal(ItemStatus.Withdrawn, (await _world.Item(itemId).GetAsync(_world.Coordinator))!.Status);
    }

    [Fact]
    public async Task Reports_leave_the_open_obligation_as_it_was()
    {
        var itemId = await _world.ItemAsync(withCooperator: false);
        var lead = _world.Assignment(itemId, _world.Lead);
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), World.UserOf(_world.Lead), null);

        await lead.SubmitReportAsync("一月", [], World.UserOf(_world.Lead), null);
        await lead.SubmitReportAsync("二月", [], World.UserOf(_world.Lead), null);

        var open = (await RowsAsync(AssignmentIds.For(itemId, _world.Lead))).Where(r => r.State == "open" && r.Kind != "report").ToList();
        Assert.Equal("complete", Assert.Single(open).Kind);
    }

    private Task<List<Row>> RowsAsync(string assignmentId) => fixture.Tables.QueryAsync("SELECT kind, owed_by, state, closed_by, due_at FROM obligations WHERE assignment_id = @id ORDER BY opened_version",
        new Dictionary<string, object?> { ["id"] = assignmentId },
        r => new Row(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.NullableString(4) is { } d ? Supervision.Engine.Trail.TrailTime.Parse(d) : null));

    private sealed record Row(string Kind, string OwedBy, string State, string? ClosedBy, DateTimeOffset? DueAt);
}
