using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Reactions;

/// <summary>
/// Carries out one reaction with its handler and records how it went: done, due again after a backoff, or parked with
/// the error once the attempts are spent (or at once when the engine refuses, which no retry changes).
/// </summary>
public sealed class ReactionRunner(
    IEnumerable<IReactionHandler> handlers, ITables tables, TimeProvider clock, ReactionOptions options, ReactionLag lag, ILogger<ReactionRunner> log)
{
    private const double SlowMs = 5_000;

    // A later registration of a kind replaces an earlier one, so a host (or a test) can wrap a handler.
    private readonly FrozenDictionary<string, IReactionHandler> _handlers = handlers
        .GroupBy(h => h.Kind, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>True when the reaction was carried out.</summary>
    public async Task<bool> RunAsync(PendingReaction reaction, CancellationToken cancellationToken = default)
    {
        string? refusal = null;
        using var activity = Metrics.Telemetry.Source.StartActivity("reaction");
        activity?.SetTag("supervision.reaction.kind", reaction.Kind);
        try
        {
            if (!_handlers.TryGetValue(reaction.Kind, out var handler))
            {
                refusal = $"No handler carries out reactions of kind '{reaction.Kind}'.";
            }
            else
            {
                await handler.HandleAsync(reaction, cancellationToken);
                var now = clock.GetUtcNow();
                await tables.ExecuteAsync([ReactionRows.Done(reaction.Id, now)], cancellationToken);
                lag.Add(now - reaction.CausedAt);
                var lagMs = (now - reaction.CausedAt).TotalMilliseconds;
                // Every lag is in the readiness check's percentiles; only a slow one is worth a line in the log.
                log.Log(lagMs > SlowMs ? LogLevel.Warning : LogLevel.Debug, "Reaction {ReactionId} {Kind} on {Target} done after {LagMs} ms", reaction.Id, reaction.Kind, reaction.Target, lagMs);
                return true;
            }
        }
        catch (SupervisionException refused)
        {
            refusal = $"{refused.Code}: {refused.Message}";
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await FailedAsync(reaction, $"{error.GetType().Name}: {error.Message}", park: reaction.Attempts + 1 >= options.MaxAttempts, cancellationToken);
            return false;
        }

        await FailedAsync(reaction, refusal!, park: true, cancellationToken);
        return false;
    }

    private async Task FailedAsync(PendingReaction reaction, string error, bool park, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var attempts = reaction.Attempts + 1;
        if (park)
        {
            log.LogError("Reaction {ReactionId} {Kind} on {Target} parked after {Attempts} attempts: {Error}", reaction.Id, reaction.Kind, reaction.Target, attempts, error);
            await tables.ExecuteAsync([ReactionRows.Park(reaction.Id, now, error)], cancellationToken);
            return;
        }

        var due = now + options.BackoffAfter(attempts);
        log.LogWarning("Reaction {ReactionId} {Kind} on {Target} failed (attempt {Attempts}), retried at {Due}: {Error}", reaction.Id, reaction.Kind, reaction.Target, attempts, due, error);
        await tables.ExecuteAsync([ReactionRows.RetryLater(reaction.Id, due, error)], cancellationToken);
    }
}
