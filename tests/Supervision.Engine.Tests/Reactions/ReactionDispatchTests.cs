using Supervision.Engine.Access;
using Supervision.Engine.Reactions;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Tests.Cluster;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Reactions;

[Collection(ClusterCollection.Name)]
public sealed class ReactionDispatchTests(ClusterFixture fixture)
{
    private static readonly Actor Admin = new("u-admin", Roles.Admin, null);

    [Fact]
    public async Task A_failing_reaction_waits_out_its_backoff_and_is_then_carried_out()
    {
        var reaction = await WriteAsync(failures: 1);

        var first = await WaitForAsync(reaction.Id, r => r.Attempts == 1);
        await Task.Delay(300);
        var stillWaiting = await RowAsync(reaction.Id);
        ClusterFixture.Clock.Advance(TimeSpan.FromSeconds(2));
        var done = await WaitForAsync(reaction.Id, r => r.State == "done");

        Assert.Equal(("pending", 1), (first.State, first.Attempts));
        Assert.Contains("fails on purpose", first.Error, StringComparison.Ordinal);
        Assert.Equal(("pending", 1), (stillWaiting.State, stillWaiting.Attempts));
        Assert.Equal(2, done.Attempts);
        Assert.Equal(2, FlakyHandler.Attempts[reaction.Target]);
    }

    [Fact]
    public async Task A_reaction_that_keeps_failing_is_parked_with_its_error_until_an_admin_retries_it()
    {
        var reaction = await WriteAsync(failures: 3);

        var parked = await WaitForAsync(reaction.Id, r => r.State != "pending", advance: true);
        var listed = await new ReactionQuery(fixture.Tables, ClusterFixture.Clock).ListAsync(Admin, ReactionState.Failed, 0, 500);
        var retried = await new ReactionQuery(fixture.Tables, ClusterFixture.Clock).RetryAsync(Admin, reaction.Id);
        var done = await WaitForAsync(reaction.Id, r => r.State == "done");

        Assert.Equal(("failed", 3), (parked.State, parked.Attempts));
        Assert.Contains("attempt 3", parked.Error, StringComparison.Ordinal);
        Assert.Contains(listed, r => r.Id == reaction.Id && r.LastError!.Contains("fails on purpose", StringComparison.Ordinal));
        Assert.Equal(1, retried);
        Assert.Equal(4, FlakyHandler.Attempts[reaction.Target]);
        Assert.Equal("done", done.State);
    }

    [Fact]
    public async Task Only_an_admin_sees_or_retries_reactions()
    {
        var query = new ReactionQuery(fixture.Tables, ClusterFixture.Clock);
        var coordinator = new Actor("u-coord", Roles.Coordinator, null);

        await Assert.ThrowsAsync<Errors.SupervisionException>(() => query.ListAsync(coordinator, ReactionState.Failed, 0, 10));
        await Assert.ThrowsAsync<Errors.SupervisionException>(() => query.RetryAsync(coordinator, null));
    }

    private async Task<PendingReaction> WriteAsync(int failures)
    {
        var tag = Guid.NewGuid().ToString("n")[..8];
        var reaction = PendingReaction.Caused(
            $"test-{tag}", 1, new TrailEntry(new Items.Events.ItemCompleted(), Actor.System, ClusterFixture.Clock.GetUtcNow(), null),
            Reaction.Of(FlakyHandler.Kind, $"target-{tag}", new FlakyHandler.Plan(failures), settle: false));
        await fixture.Tables.ExecuteAsync([ReactionRows.Insert(reaction, TimeSpan.FromSeconds(30))]);
        return reaction;
    }

    private async Task<Row> WaitForAsync(string id, Func<Row, bool> done, bool advance = false)
    {
        for (var i = 0; i < 400; i++)
        {
            var row = await RowAsync(id);
            if (done(row))
            {
                return row;
            }

            if (advance)
            {
                ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"Reaction {id} never reached the expected state; it is {await RowAsync(id)}.");
    }

    private async Task<Row> RowAsync(string id) => (await fixture.Tables.QueryAsync("SELECT state, attempts, last_error FROM reactions WHERE id = @id",
        new Dictionary<string, object?> { ["id"] = id },
        r => new Row(r.GetString(0), r.GetInt32(1), r.NullableString(2)))).Single();

    private sealed record Row(string State, int Attempts, string? Error);
}
