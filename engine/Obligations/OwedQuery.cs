using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Obligations;

/// <summary>
/// The findings to rectify and the interview commitments an agency owes, earliest due first, for its inbox; an agency
/// user may ask for its own agency only.
/// </summary>
public sealed class OwedQuery(ITables tables)
{
    public static readonly IReadOnlyList<string> Kinds = [Campaigns.FindingsPart.Kind.Name, Interviews.InterviewsPart.Kind.Name];

    public Task<List<OwedRow>> RunAsync(Actor actor, string agencyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!SeesEverything(actor) && agencyId != actor.AgencyId)
        {
            throw SupervisionException.Forbidden("An agency user sees only its own agency's work.");
        }

        return tables.QueryAsync(
            """
            SELECT o.assignment_id, a.item_ref, a.item_title, o.agency_id, o.kind, o.key, o.due_at, o.step
            FROM obligations o JOIN assignments a ON a.id = o.assignment_id
            WHERE o.state = 'open' AND o.owed_by = @agency AND o.kind IN (@finding, @rectify)
            ORDER BY o.due_at IS NULL, o.due_at, a.item_ref, o.key
            """,
            new Dictionary<string, object?> { ["agency"] = agencyId, ["finding"] = Kinds[0], ["rectify"] = Kinds[1] },
            r => new OwedRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.NullableString(5) is { } key && key.IndexOf(':', StringComparison.Ordinal) is var at and >= 0 ? key[(at + 1)..] : null,
                r.IsDBNull(6) ? null : DateTimeOffset.Parse(r.GetString(6), System.Globalization.CultureInfo.InvariantCulture), r.NullableString(7)),
            cancellationToken);
    }
}
