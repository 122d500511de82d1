using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Of_many_concurrent_appends_at_the_same_version_exactly_one_wins()
    {
        var store = await OpenAsync();

        var attempts = Enumerable.Range(1, 16).Select(n => Task.Run(() => AppendAsync(store, "item-hot", 0, Event(n)))).ToArray();
        var outcomes = await Task.WhenAll(attempts.Select(async a =>
        {
            try
            {
                await a;
                return true;
            }
            catch (StreamConcurrencyException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(won => won));
        var winner = Assert.Single(await store.ReadStreamAsync("item-hot"));
        Assert.Equal((await attempts.Single(a => a.IsCompletedSuccessfully))[0], winner);
    }

    [Fact]
    public async Task Writers_racing_on_one_stream_end_with_a_contiguous_intact_chain()
    {
        var store = await OpenAsync();
        const int writers = 6, appendsEach = 5;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var done = 0; done < appendsEach;)
            {
                var head = (await store.ReadStreamAsync("item-hot")).Count;
                try
                {
                    await AppendAsync(store, "item-hot", head, Event((w * 100) + done));
                    done++;
                }
                catch (StreamConcurrencyException)
                {
                    // Lost the race for this version: read the new head and try again, as a grain would.
                }
            }
        })));

        var stream = await store.ReadStreamAsync("item-hot");
        Assert.Equal(Enumerable.Range(1, writers * appendsEach).Select(v => (long)v), stream.Select(e => e.Version));
        Assert.True(TrailVerifier.Verify(stream).Intact);
    }

    [Fact]
    public async Task Two_hundred_concurrent_appends_to_different_streams_all_commit_in_fewer_transactions()
    {
        var store = await OpenAsync();
        var before = CommitsOf(store);

        var appended = await Task.WhenAll(Enumerable.Range(0, 200).Select(n => Task.Run(() => AppendAsync(store, $"item-{n}", 0, Event(n)))));

        Assert.All(appended, a => Assert.Equal(1, Assert.Single(a).Version));
        var trail = await store.ReadStreamsAsync([.. Enumerable.Range(0, 200).Select(n => $"item-{n}")]);
        Assert.Equal(200, trail.Count);
        var commits = CommitsOf(store) - before;
        Assert.InRange(commits, 1, 199);
    }
}
