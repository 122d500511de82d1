using Supervision.Engine.Items;
using Supervision.Engine.Reactions;

namespace Supervision.Engine.CrashProbe;

/// <summary>The real "an assignment closed" handler, with the probe's death just before it or just after it (before it is marked done).</summary>
public sealed class KillingHandler(IGrainFactory grains, CrashPoint crash) : IReactionHandler
{
    private readonly AssignmentClosedHandler _inner = new(grains);

    public string Kind => AssignmentClosedHandler.Kind;

    public async Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken)
    {
        crash.DieIf("before-reaction");
        await _inner.HandleAsync(reaction, cancellationToken);
        crash.DieIf("after-reaction");
    }
}
