using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Tests.Cluster;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class PermittedMovesTests(ClusterFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task Each_reader_is_offered_only_the_moves_of_their_own_side()
    {
        var itemId = await _world.ItemAsync();
        var lead = _world.Assignment(itemId, _world.Lead);

        var agency = (await lead.GetAsync(World.UserOf(_world.Lead)))!.PermittedMoves;
        var office = (await lead.GetAsync(_world.Coordinator))!.PermittedMoves;
        var inspector = (await lead.GetAsync(_world.Inspector))!.PermittedMoves;

        Assert.Equal([CycleTrigger.Acknowledge, CycleTrigger.Dispute], agency);
        Assert.Equal([CycleTrigger.Withdraw], office);
        Assert.Empty(inspector);
    }

    [Fact]
    public async Task Completion_is_offered_only_once_the_cooperators_have_settled_and_then_the_command_agrees()
    {
        var itemId = await _world.ItemAsync();
        var lead = _world.Assignment(itemId, _world.Lead);
        var user = World.UserOf(_world.Lead);
        var before = await lead.AcknowledgeAsync(new Responsible("张三", null, null), user, null);
        var refused = await Assert.ThrowsAsync<SupervisionException>(() => lead.SubmitCompletionAsync("done", user, null));

        await _world.Assignment(itemId, _world.Cooperator).WaiveAsync(null, _world.Coordinator, null);
        var after = (await lead.GetAsync(user))!;

        Assert.DoesNotContain(CycleTrigger.SubmitCompletion, before.PermittedMoves);
        Assert.Equal("cycle.cooperators_pending", refused.Code);
        Assert.Contains(CycleTrigger.SubmitCompletion, after.PermittedMoves);
        Assert.Equal(AssignmentStatus.UnderReview, (await lead.SubmitCompletionAsync("done", user, null)).Status);
    }

    [Fact]
    public async Task An_agency_user_cannot_make_an_office_move_even_with_a_valid_body()
    {
        var itemId = await _world.ItemAsync();
        var lead = _world.Assignment(itemId, _world.Lead);

        var refused = await Assert.ThrowsAsync<SupervisionException>(() => lead.WithdrawAsync("不想做了", World.UserOf(_world.Lead), null));
        var outsider = await Assert.ThrowsAsync<SupervisionException>(() => lead.AcknowledgeAsync(new Responsible("王五", null, null), World.UserOf(_world.Other), null));

        Assert.Equal((FailureKind.Forbidden, FailureKind.Forbidden), (refused.Kind, outsider.Kind));
        Assert.Equal(AssignmentStatus.Dispatched, (await lead.GetAsync(_world.Coordinator))!.Status);
    }
}
