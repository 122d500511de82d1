using Supervision.Engine.Access;
using Supervision.Engine.Errors;

namespace Supervision.Engine.Trail;

/// <summary>The whole log, every stream in position order: for inspectors and coordinators, who hold it against checkpoints.</summary>
public sealed class TrailLogQuery(IEventStore store)
{
    public Task<IReadOnlyList<StoredEvent>> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is not (Roles.Inspector or Roles.Coordinator))
        {
            throw SupervisionException.Forbidden($"Only inspectors and coordinators may export the whole trail; you are signed in as {actor.Role}.");
        }

        return store.ReadLogAsync(cancellationToken);
    }
}
