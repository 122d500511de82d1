using Microsoft.Extensions.Logging;
using Supervision.Engine.Assignments;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Deadlines;

/// <summary>
/// One firing at an instant: every open obligation whose next rung is due by then is handed to its assignment's grain,
/// in due order and in bounded batches, and the grain decides what to record. Then the next firing is made sure of:
/// the earliest next rung left, or a retry soon when a grain failed. A firing that comes twice or late finds its work
/// done; one that comes after a restart finds everything that fell due while the host was down.
/// </summary>
public sealed class DeadlineSweep(
    ITables tables, IGrainFactory grains, IDeadlineTriggers triggers, ReactionDispatcher reactions, TimeProvider clock, DeadlineOptions options, ILogger<DeadlineSweep> log)
{
    public async Task<SweepResult> RunAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var (looked, steps, failed) = (0, 0, 0);
        DueObligation? cursor = null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken };
        // The notices the steps cause are claimed once the firing is through, not while it fans out.
        using var held = reactions.Hold();
        while (await DeadlineRows.DueAsync(tables, at, cursor, options.BatchSize, cancellationToken) is { Count: > 0 } batch)
        {
            // An assignment owing two things due at once is asked once; a second ask would find nothing anyway.
            await Parallel.ForEachAsync(batch.Select(b => b.AssignmentId).Distinct(StringComparer.Ordinal), parallel, async (id, _) =>
            {
                try
                {
                    Interlocked.Add(ref steps, await grains.GetGrain<IAssignmentGrain>(id).EscalateDueAsync());
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    Interlocked.Increment(ref failed);
                    log.LogWarning(error, "Deadline of assignment {AssignmentId} could not be processed; it is tried again", id);
                }
            });
            looked += batch.Count;
            cursor = batch[^1];
        }

        var now = clock.GetUtcNow();
        var next = await DeadlineRows.NextAsync(tables, cancellationToken);
        // Still due within this firing's reach means a grain failed or would not move it: try again later, not at once.
        if (failed > 0 || next <= at)
        {
            next = now + options.RetryAfter;
        }

        if (next is { } n)
        {
            await triggers.EnsureAsync(n, cancellationToken);
        }

        log.Log(steps > 0 || failed > 0 ? LogLevel.Information : LogLevel.Debug,
            "Deadline firing at {At}: {Obligations} obligations due, {Steps} ladder steps recorded, {Failed} failed; next at {Next}",
            at, looked, steps, failed, next);
        return new SweepResult(looked, steps, failed, next);
    }
}
