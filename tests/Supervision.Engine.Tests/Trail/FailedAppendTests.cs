using Supervision.Engine.Assignments;
using Supervision.Engine.Tests.Cluster;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Tests.Trail;

/// <summary>A store that fails an append fails that intent; the grain does not hang retrying it, and the next intent works.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FailedAppendTests(ClusterFixture fixture)
{
    private readonly World _world = new(fixture.Grains);

    [Fact]
    public async Task An_append_the_store_refuses_fails_the_intent_and_the_next_intent_is_recorded()
    {
        var itemId = await _world.ItemAsync();
        var lead = _world.Assignment(itemId, _world.Lead);
        var leadUser = World.UserOf(_world.Lead);
        FaultyStore.FailNextAppend($"assignment-{AssignmentIds.For(itemId, _world.Lead)}");

        var failed = await Assert.ThrowsAsync<IOException>(() => lead.AcknowledgeAsync(new Responsible("张三", null, null), leadUser, null).WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("fails on purpose", failed.Message);
        Assert.Equal(AssignmentStatus.Dispatched, (await lead.GetAsync(_world.Coordinator))!.Status);

        await lead.AcknowledgeAsync(new Responsible("张三", null, null), leadUser, null);
        Assert.Equal(AssignmentStatus.InProgress, (await lead.GetAsync(_world.Coordinator))!.Status);
    }
}
