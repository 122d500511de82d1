using Microsoft.Extensions.Time.Testing;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Tests.Cluster;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Tests.Queries;

[Collection(ClusterCollection.Name)]
public sealed class InboxQueryTests(ClusterFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task An_unacknowledged_assignment_becomes_overdue_after_its_acknowledge_window()
    {
        var itemId = await _world.ItemAsync();
        var lead = World.UserOf(_world.Lead);
        var now = new InboxQuery(fixture.Tables, ClusterFixture.Clock);
        var tenDaysLater = new InboxQuery(fixture.Tables, new FakeTimeProvider(ClusterFixture.Clock.GetUtcNow().AddDays(10)));

        var today = await now.RunAsync(lead, _world.Lead, new InboxFilter(null, null, OverdueOnly: true));
        var later = await tenDaysLater.RunAsync(lead, _world.Lead, new InboxFilter(null, null, OverdueOnly: true));

        Assert.Empty(today);
        var row = Assert.Single(later);
        Assert.Equal((AssignmentIds.For(itemId, _world.Lead), AssignmentStatus.Dispatched, true), (row.Id, row.Status, row.Overdue));
    }

    [Fact]
    public async Task Acknowledging_moves_the_assignment_out_of_the_dispatched_filter()
    {
        var itemId = await _world.ItemAsync();
        var user = World.UserOf(_world.Lead);
        var inbox = new InboxQuery(fixture.Tables, ClusterFixture.Clock);
        await _world.Assignment(itemId, _world.Lead).AcknowledgeAsync(new Responsible("张三", null, null), user, null);

        var dispatched = await inbox.RunAsync(user, _world.Lead, new InboxFilter(AssignmentStatus.Dispatched, null, false));
        var inProgress = await inbox.RunAsync(user, _world.Lead, new InboxFilter(AssignmentStatus.InProgress, null, false));

        Assert.Empty(dispatched);
        Assert.Equal("张三", Assert.Single(inProgress).Responsible);
    }

    [Fact]
    public async Task Due_before_keeps_only_what_falls_due_earlier()
    {
        await _world.ItemAsync();
        var inbox = new InboxQuery(fixture.Tables, ClusterFixture.Clock);
        var user = World.UserOf(_world.Lead);

        var soon = await inbox.RunAsync(user, _world.Lead, new InboxFilter(null, ClusterFixture.Clock.GetUtcNow().AddHours(1), false));
        var within = await inbox.RunAsync(user, _world.Lead, new InboxFilter(null, ClusterFixture.Clock.GetUtcNow().AddDays(30), false));

        Assert.Empty(soon);
        Assert.Single(within);
    }

    [Fact]
    public async Task An_agency_user_may_not_read_another_agencys_inbox()
    {
        await _world.ItemAsync();
        var inbox = new InboxQuery(fixture.Tables, ClusterFixture.Clock);

        var refused = await Assert.ThrowsAsync<SupervisionException>(() => inbox.RunAsync(World.UserOf(_world.Other), _world.Lead, new InboxFilter(null, null, false)));

        Assert.Equal(FailureKind.Forbidden, refused.Kind);
    }

    [Fact]
    public async Task A_page_larger_than_allowed_is_refused()
    {
        var inbox = new InboxQuery(fixture.Tables, ClusterFixture.Clock);

        var refused = await Assert.ThrowsAsync<SupervisionException>(() => inbox.RunAsync(_world.Coordinator, null, new InboxFilter(null, null, false, Limit: 100_000)));

        Assert.Equal(("page.limit", "limit"), (refused.Code, refused.Field));
    }
}
