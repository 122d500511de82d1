using Supervision.Engine.Reactions;
using Supervision.Engine.Tests.Cluster;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Reactions;

/// <summary>Two dispatchers (two nodes of a cluster) claiming due reactions at once never both get one.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReactionClaimTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Two_dispatchers_claiming_at_once_share_the_due_reactions_without_overlap()
    {
        // Caused far ahead of the fixture's clock, so its own dispatcher never sees them due.
        var at = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var tag = Guid.NewGuid().ToString("n")[..8];
        var reactions = Enumerable.Range(0, 40).Select(i => PendingReaction.Caused(
            $"claim-{tag}", i + 1, new TrailEntry(new Items.Events.ItemCompleted(), Actor.System, at, null),
            Reaction.Of(FlakyHandler.Kind, $"target-{tag}-{i}", new FlakyHandler.Plan(0), settle: false))).ToList();
        await fixture.Tables.ExecuteAsync([.. reactions.Select(r => ReactionRows.Insert(r, TimeSpan.FromSeconds(30)))]);

        var now = at.AddSeconds(1);
        var claims = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            var lease = Guid.NewGuid().ToString("n");
            await fixture.Tables.ExecuteAsync([ReactionRows.Claim(lease, now, now.AddSeconds(30), 30, skipLocked: false)]);
            return (await ReactionRows.ClaimedAsync(fixture.Tables, lease, CancellationToken.None)).Select(r => r.Id).ToList();
        }));

        Assert.Empty(claims[0].Intersect(claims[1]));
        Assert.Equal(reactions.Select(r => r.Id).Order(), claims[0].Concat(claims[1]).Order());
        Assert.All(claims, c => Assert.InRange(c.Count, 10, 30));
    }
}
