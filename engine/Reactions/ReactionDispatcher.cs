using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Reactions;

/// <summary>
/// Works off the reactions table: on start of a lone node it frees whatever a stopped process left, then claims due
/// reactions in batches (a lease each node takes for itself, so two nodes never run one reaction at once), runs them with
/// bounded concurrency, and sleeps until nudged or the poll interval passes. In a cluster, what a dead node had claimed
/// is due again when its lease (<c>Supervision:Reactions:Lease</c>) runs out.
/// </summary>
public sealed class ReactionDispatcher(
    ReactionRunner runner, ITables tables, TimeProvider clock, ReactionOptions options, Hosting.NodeRole node, ILogger<ReactionDispatcher> log)
    : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly SemaphoreSlim _nudged = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private int _holds;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ReactionDispatcher), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    /// <summary>Wakes the dispatcher: new reactions are due.</summary>
    public void Nudge()
    {
        try
        {
            if (_nudged.CurrentCount == 0)
            {
                _nudged.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already nudged: one wake-up covers every reaction written before it.
        }
    }

    /// <summary>
    /// Claims nothing new until the returned handle is disposed (passes already running finish), then is nudged. The
    /// deadline sweep holds it so the notices its steps cause are claimed after it, not compete with it for the cores;
    /// their rows are durable meanwhile, and another node's dispatcher is not held.
    /// </summary>
    public IDisposable Hold()
    {
        Interlocked.Increment(ref _holds);
        return new Release(this);
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _nudged.Dispose();
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var freed = node.Clustered ? 0 : await tables.ExecuteAsync([ReactionRows.ReleaseLeases(clock.GetUtcNow())], cancellationToken);
        if (freed > 0)
        {
            log.LogWarning("{Count} reactions left by a stopped process are due again", freed);
        }

        _loop = Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task LoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (Volatile.Read(ref _holds) > 0)
                {
                    await _nudged.WaitAsync(options.PollInterval, stopping);
                    continue;
                }

                var now = clock.GetUtcNow();
                var lease = Guid.NewGuid().ToString("n");
                var claimed = await tables.ExecuteAsync([ReactionRows.Claim(lease, now, now + options.Lease, options.Concurrency * 4, node.RowLocks)], stopping);
                var due = claimed == 0 ? [] : await ReactionRows.ClaimedAsync(tables, lease, stopping);
                if (due.Count == 0)
                {
                    await _nudged.WaitAsync(options.PollInterval, stopping);
                    continue;
                }

                await Parallel.ForEachAsync(
                    due,
                    new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = stopping },
                    async (reaction, token) => await runner.RunAsync(reaction, token));
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                log.LogError(error, "Reaction dispatcher pass failed; trying again");
                await Task.Delay(options.PollInterval, CancellationToken.None);
            }
        }
    }

    private sealed class Release(ReactionDispatcher dispatcher) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0 && Interlocked.Decrement(ref dispatcher._holds) == 0)
            {
                dispatcher.Nudge();
            }
        }
    }
}
