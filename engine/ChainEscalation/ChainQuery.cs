using Supervision.Engine.Trail;

namespace Supervision.Engine.ChainEscalation;

/// <summary>
/// Where in the tree delays sit. An agency's late work below it that was escalated to it (its inbox), and for the office
/// the late sub-assignments counted by level (depth) and by the top-level agency whose subtree holds them (region).
/// A sub-assignment is late while one of its agency's obligations is open past its due time.
/// </summary>
public sealed class ChainQuery(ITables tables, TimeProvider clock)
{
    private const string Late = """
        EXISTS (SELECT 1 FROM obligations o WHERE o.assignment_id = a.id AND o.state = 'open' AND o.owed_by <> 'office' AND o.due_at < @now)
        """;

    /// <summary>The late sub-assignments escalated to <paramref name="agencyId"/> whose obligation is still open, latest due first.</summary>
    public Task<List<ChainLate>> ToldAsync(string agencyId, CancellationToken cancellationToken = default) =>
        tables.QueryAsync(
            """
            SELECT a.id, a.item_ref, a.item_title, a.agency_id, c.step, c.level, c.due_at
            FROM chain_told c
            JOIN obligations o ON o.assignment_id = c.assignment_id AND o.key = c.obligation_key AND o.state = 'open'
            JOIN assignments a ON a.id = c.assignment_id
            WHERE c.told = @agency
            ORDER BY c.due_at DESC, a.id LIMIT 200
            """,
            new Dictionary<string, object?> { ["agency"] = agencyId },
            r => new ChainLate(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), TrailTime.Parse(r.GetString(6))),
            cancellationToken);

    /// <summary>Late sub-assignments by level and by region (the first level below the dispatched assignment), most first.</summary>
    public async Task<ChainDelays> DelaysAsync(CancellationToken cancellationToken = default)
    {
        var rows = await tables.QueryAsync(
            $"SELECT a.depth, a.chain, a.agency_id FROM assignments a WHERE a.depth > 0 AND {Late}",
            new Dictionary<string, object?> { ["now"] = TrailTime.Format(clock.GetUtcNow()) },
            r => (Depth: r.GetInt32(0), Region: Region(r.IsDBNull(1) ? "" : r.GetString(1), r.GetString(2))),
            cancellationToken);
        return new ChainDelays(
            [.. rows.GroupBy(r => r.Depth).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key)],
            [.. rows.GroupBy(r => r.Region).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)]);
    }

    // The chain is stored nearest first (|prefecture|region|) and ends at the agency holding the dispatched assignment:
    // the office asks which prefecture's subtree a delay sits in, so a county counts under the chain's next-to-last
    // agency, and a late first-level sub-assignment under its own agency.
    private static string Region(string chain, string agencyId)
    {
        var above = chain.Trim('|').Split('|', StringSplitOptions.RemoveEmptyEntries);
        return above.Length >= 2 ? above[^2] : agencyId;
    }
}

/// <summary>A late sub-assignment told to an agency: its item, its agency, the step it stands at and how far up it was told.</summary>
public sealed record ChainLate(string AssignmentId, string ItemRef, string ItemTitle, string AgencyId, string Step, int Level, DateTimeOffset DueAt);

/// <summary>Late sub-assignments counted by level (1 under a dispatched assignment) and by region (the first level below it).</summary>
public sealed record ChainDelays(IReadOnlyList<(int Depth, int Late)> ByDepth, IReadOnlyList<(string RegionId, int Late)> ByRegion);
