using Supervision.Engine.Errors;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Access;

/// <summary>
/// The access rules, in one place, checked by the grains for every command and by the queries for every read:
/// coordinators run the work, agency users act on their own agency's assignments only, inspectors read and never write.
/// </summary>
public static class Access
{
    public static void RequireCoordinator(Actor actor, string doing)
    {
        if (actor.Role != Roles.Coordinator)
        {
            throw SupervisionException.Forbidden($"Only a coordinator may {doing}; you are signed in as {Describe(actor)}.");
        }
    }

    public static void RequireAdminOrCoordinator(Actor actor, string doing)
    {
        if (actor.Role is not (Roles.Admin or Roles.Coordinator))
        {
            throw SupervisionException.Forbidden($"Only an administrator or a coordinator may {doing}; you are signed in as {Describe(actor)}.");
        }
    }

    public static void RequireAdmin(Actor actor, string doing)
    {
        if (actor.Role != Roles.Admin)
        {
            throw SupervisionException.Forbidden($"Only an administrator may {doing}; you are signed in as {Describe(actor)}.");
        }
    }

    public static void RequireAgency(Actor actor, string agencyId, string doing)
    {
        if (actor.Role != Roles.Agency || actor.AgencyId != agencyId)
        {
            throw SupervisionException.Forbidden($"Only a user of the assigned agency may {doing}; you are signed in as {Describe(actor)}.");
        }
    }

    /// <summary>Everyone but agency users reads everything; an agency user reads what concerns its agency.</summary>
    public static bool SeesEverything(Actor actor) =>
        actor.Role is Roles.Admin or Roles.Coordinator or Roles.Inspector or Roles.System;

    public static bool CanRead(Actor actor, IEnumerable<string> agencyIds) =>
        SeesEverything(actor) || (actor.AgencyId is { } own && agencyIds.Contains(own, StringComparer.Ordinal));

    /// <summary>
    /// Whether the reader may open an assignment of <paramref name="agencyId"/>: the rule its grain reads by, and pages link by.
    /// A sub-assignment is read too by the agencies of the assignments above it (<paramref name="above"/>): an agency reads
    /// its descendants' work, never its siblings' or its parent's other children.
    /// </summary>
    public static bool SeesAssignmentOf(Actor actor, string agencyId, IReadOnlyList<string>? above = null) =>
        CanRead(actor, above is null ? [agencyId] : [agencyId, .. above]);

    /// <summary>
    /// An agency's contacts (names, phones, e-mails of people) are personal data: for those who run and audit the
    /// work, and for the agency itself. Other agencies' users know an agency by its id, name, kind and aliases only.
    /// </summary>
    public static bool SeesContactsOf(Actor actor, string agencyId) =>
        SeesEverything(actor) || (actor.Role == Roles.Agency && actor.AgencyId == agencyId);

    private static string Describe(Actor actor) =>
        actor.AgencyId is null ? actor.Role : $"{actor.Role} of agency {actor.AgencyId}";
}
