namespace Supervision.Engine.Reactions;

/// <summary>
/// Carries out one kind of reaction. Handlers run at least once per reaction, so they must be idempotent: pass
/// <see cref="PendingReaction.CorrelationId"/> to the grain intent they call, and the grain answers a repeat as before.
/// A <see cref="Errors.SupervisionException"/> is a refusal that no retry can change: the reaction is parked at once.
/// </summary>
public interface IReactionHandler
{
    /// <summary>The <see cref="Reaction.Kind"/> this handler carries out.</summary>
    string Kind { get; }

    Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken);
}
