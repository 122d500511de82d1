using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Cascade;

/// <summary>One assignment above another (breadcrumbs): its agency's name, and whether the reader may open it.</summary>
public sealed record TreeAncestor(string AssignmentId, string AgencyName, bool Readable);

/// <summary>The assignments above one, top first, read with one recursive query.</summary>
public sealed class TreeAncestors(ITables tables)
{
    public async Task<IReadOnlyList<TreeAncestor>> RunAsync(string assignmentId, Actor actor, CancellationToken cancellationToken = default)
    {
        var rows = await tables.QueryAsync(
            """
            WITH RECURSIVE up (id, level) AS (
                SELECT parent_id, 1 FROM assignments WHERE id = @id AND parent_id IS NOT NULL
                UNION ALL
                SELECT a.parent_id, u.level + 1 FROM assignments a JOIN up u ON a.id = u.id WHERE a.parent_id IS NOT NULL AND u.level < 32)
            SELECT a.id, COALESCE(g.name, a.agency_id), a.agency_id, a.chain FROM up u JOIN assignments a ON a.id = u.id
            LEFT JOIN agencies g ON g.id = a.agency_id ORDER BY u.level DESC
            """,
            new Dictionary<string, object?> { ["id"] = assignmentId },
            r => (Id: r.GetString(0), Name: r.GetString(1), Agency: r.GetString(2), Chain: r.IsDBNull(3) ? "" : r.GetString(3)), cancellationToken);
        return [.. rows.Select(r => new TreeAncestor(r.Id, r.Name,
            SeesEverything(actor) || r.Agency == actor.AgencyId || r.Chain.Contains($"|{actor.AgencyId}|", StringComparison.Ordinal)))];
    }
}
