using Supervision.Engine.Access;
using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies;

/// <summary>
/// Who may change the registry: the office anywhere, and an agency below itself (层层压实: a prefecture registers and
/// arranges its own counties, never a neighbour's, never itself or anything above). Walks the parents in the read model
/// (<see cref="AgencyAncestry.ChainAsync"/>), so it is as current as the streams.
/// </summary>
public static class RegistryKeeper
{
    /// <summary>
    /// Refuses <paramref name="actor"/> unless it is the office, or an agency user whose agency is
    /// <paramref name="under"/> or one of its ancestors (pass an agency's parent to require the agency strictly below).
    /// </summary>
    public static async Task RequireAsync(ITables tables, Actor actor, string? under, string doing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is Roles.Admin or Roles.Coordinator)
        {
            return;
        }

        if (actor.Role != Roles.Agency || actor.AgencyId is not { } own || !await IsAtOrBelowAsync(tables, under, own, cancellationToken))
        {
            throw SupervisionException.Forbidden(actor.Role == Roles.Agency
                ? $"An agency user may {doing} only below its own agency ({actor.AgencyId}); name a parent_id inside its subtree."
                : $"Only an administrator, a coordinator or an agency user below its own agency may {doing}; you are signed in as {actor.Role}.");
        }
    }

    /// <summary>Whether <paramref name="agencyId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    public static async Task<bool> IsAtOrBelowAsync(ITables tables, string? agencyId, string ancestorId, CancellationToken cancellationToken = default) =>
        agencyId is not null && (await AgencyAncestry.ChainAsync(tables, agencyId, cancellationToken))?.Contains(ancestorId, StringComparer.Ordinal) == true;
}
