using Supervision.Engine.Trail;

namespace Supervision.Engine.Deadlines;

/// <summary>What the sweep reads from the <c>obligations</c> table: the rows due by an instant, and the next instant.</summary>
public static class DeadlineRows
{
    /// <summary>Open obligations whose next rung is due by <paramref name="at"/>, after the cursor, in due order.</summary>
    public static Task<List<DueObligation>> DueAsync(ITables tables, DateTimeOffset at, DueObligation? after, int limit, CancellationToken cancellationToken) =>
        tables.QueryAsync(
            """
            SELECT assignment_id, next_at FROM obligations
            WHERE state = 'open' AND next_at <= @at AND next_at >= @after_at AND (next_at > @after_at OR (next_at = @after_at AND assignment_id > @after_id))
            ORDER BY next_at, assignment_id LIMIT @limit
            """,
            new Dictionary<string, object?>
            {
                ["at"] = at, ["after_at"] = after?.NextAt ?? "", ["after_id"] = after?.AssignmentId ?? "", ["limit"] = limit,
            },
            r => new DueObligation(r.GetString(0), r.GetString(1)),
            cancellationToken);

    /// <summary>The earliest next rung of any open obligation, or null when nothing is waiting.</summary>
    public static async Task<DateTimeOffset?> NextAsync(ITables tables, CancellationToken cancellationToken)
    {
        var next = await tables.QueryAsync(
            "SELECT MIN(next_at) FROM obligations WHERE state = 'open' AND next_at IS NOT NULL",
            new Dictionary<string, object?>(),
            r => r.IsDBNull(0) ? null : r.GetString(0),
            cancellationToken);
        return next is [{ } text] ? TrailTime.Parse(text) : null;
    }
}
