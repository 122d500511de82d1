using Supervision.Engine.Errors;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies;

/// <summary>
/// Lists an agency's descendants by walking <c>parent_id</c> down (one recursive query, the same on SQLite and
/// PostgreSQL). Agency names are not secret: every signed-in user may read the tree, as the list of agencies.
/// </summary>
public sealed class AgencySubtreeQuery(ITables tables)
{
    public const int DefaultDepth = 8;
    public const int MaxDepth = AgencyAncestry.MaxDepth;
    public const int MaxAgencies = 10_000;

    public async Task<AgencySubtree> RunAsync(Actor reader, string agencyId, int? depth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var levels = depth ?? DefaultDepth;
        if (levels is < 1 or > MaxDepth)
        {
            throw SupervisionException.Invalid("agency.depth", $"'depth' must be 1 to {MaxDepth} (was {levels}).", "depth").With("max", MaxDepth);
        }

        var root = await tables.QueryAsync("SELECT name FROM agencies WHERE id = @id",
            new Dictionary<string, object?> { ["id"] = agencyId }, r => r.GetString(0), cancellationToken);
        if (root.Count == 0)
        {
            throw SupervisionException.NotFound("agency", agencyId);
        }

        var rows = await tables.QueryAsync(
            """
            WITH RECURSIVE below (id, level) AS (
                SELECT id, 1 FROM agencies WHERE parent_id = @root
                UNION ALL
                SELECT a.id, b.level + 1 FROM agencies a JOIN below b ON a.parent_id = b.id WHERE b.level < @depth)
            SELECT a.id, a.name, a.parent_id, b.level FROM below b JOIN agencies a ON a.id = b.id
            ORDER BY b.level, a.name, a.id LIMIT @limit
            """,
            new Dictionary<string, object?> { ["root"] = agencyId, ["depth"] = levels, ["limit"] = MaxAgencies + 1 },
            r => new AgencySubtree.Descendant(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)),
            cancellationToken);
        return new AgencySubtree(agencyId, root[0], levels, rows.Count > MaxAgencies, rows.Count > MaxAgencies ? rows[..MaxAgencies] : rows);
    }
}
