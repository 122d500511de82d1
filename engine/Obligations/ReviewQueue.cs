using System.Globalization;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Obligations;

/// <summary>
/// A review queue: open obligations owed on the reviewing side (completions, disputes), then reports waiting, earliest
/// due first. The office's holds every assignment; an agency's holds its children's (the sub-assignments it cascaded, which
/// it reviews), never its own nor its grandchildren's.
/// </summary>
public sealed class ReviewQueue(ITables tables)
{
    public Task<List<ReviewLine>> RunAsync(CancellationToken cancellationToken) => QueryAsync("1 = 1", null, cancellationToken);

    /// <summary>The queue <paramref name="actor"/> works: the office's for those who see everything, else its agency's children's.</summary>
    public Task<List<ReviewLine>> RunAsync(Actor actor, CancellationToken cancellationToken) =>
        SeesEverything(actor) ? RunAsync(cancellationToken) : QueryAsync("a.chain LIKE '|' || @agency || '|%'", actor.AgencyId ?? "", cancellationToken);

    private Task<List<ReviewLine>> QueryAsync(string whose, string? agency, CancellationToken cancellationToken) => tables.QueryAsync(
        $"""
        SELECT assignment_id, kind, due_at, item_ref, item_title, agency_id FROM (
            SELECT o.assignment_id, o.kind, o.due_at, a.item_ref, a.item_title, a.agency_id
            FROM obligations o JOIN assignments a ON a.id = o.assignment_id
            WHERE o.state = 'open' AND o.owed_by = @office AND {whose}
            UNION ALL
            SELECT a.id, 'report', NULL, a.item_ref, a.item_title, a.agency_id FROM assignments a WHERE a.pending_reports > 0 AND {whose}) q
        ORDER BY due_at IS NULL, due_at, item_ref
        """,
        new Dictionary<string, object?> { ["office"] = Obligation.Office, ["agency"] = agency },
        r => new ReviewLine(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture),
            r.GetString(3), r.GetString(4), r.GetString(5)),
        cancellationToken);
}
