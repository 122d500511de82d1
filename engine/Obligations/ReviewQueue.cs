using System.Globalization;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Obligations;

/// <summary>The office's review queue: open obligations the office owes (completions, disputes), then reports waiting, earliest due first.</summary>
public sealed class ReviewQueue(ITables tables)
{
    public Task<List<ReviewLine>> RunAsync(CancellationToken cancellationToken) => tables.QueryAsync(
        """
        SELECT assignment_id, kind, due_at, item_ref, item_title, agency_id FROM (
            SELECT o.assignment_id, o.kind, o.due_at, a.item_ref, a.item_title, a.agency_id
            FROM obligations o JOIN assignments a ON a.id = o.assignment_id
            WHERE o.state = 'open' AND o.owed_by = @office
            UNION ALL
            SELECT id, 'report', NULL, item_ref, item_title, agency_id FROM assignments WHERE pending_reports > 0) q
        ORDER BY due_at IS NULL, due_at, item_ref
        """,
        new Dictionary<string, object?> { ["office"] = Obligation.Office },
        r => new ReviewLine(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture),
            r.GetString(3), r.GetString(4), r.GetString(5)),
        cancellationToken);
}
