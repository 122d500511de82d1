using System.Globalization;
using Supervision.Engine.Deadlines;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Cascade;

/// <summary>One row of a tree's query: an assignment, and one of its indicators' latest figures (none: null).</summary>
public sealed record TreeRow(
    string Id, string ItemId, string AgencyId, string AgencyName, string Status, DateTimeOffset? DueAt, string? ParentId, string? Shares,
    long RagRank, string? Indicator, decimal? Value);

/// <summary>The one query behind a tree: the assignments in scope, their colour and each indicator's latest figure at <c>@now</c>.</summary>
public static class TreeSql
{
    /// <summary>At most this many rows are read for one tree (a national tree of 100,000 assignments with a few figures each).</summary>
    public const int MaxRows = 1_000_000;

    public static Task<List<TreeRow>> RunAsync(
        ITables tables, string scope, Dictionary<string, object?> parameters, DateTimeOffset at, Actor actor, CancellationToken cancellationToken)
    {
        if (!SeesEverything(actor))
        {
            scope += $" AND (a.agency_id = @me OR {CascadeRows.Above("a", "@me")})";
            parameters["me"] = actor.AgencyId ?? "";
        }

        parameters["now"] = TrailTime.Format(at);
        parameters["max"] = MaxRows;
        var sql = $"""
            SELECT a.id, a.item_id, a.agency_id, COALESCE(g.name, a.agency_id), a.status, a.due_at, a.parent_id, a.shares, {Rag.WorstSql}, f.indicator, f.value
            FROM assignments a
            LEFT JOIN agencies g ON g.id = a.agency_id
            LEFT JOIN (
                SELECT t.assignment_id, t.indicator, t.value,
                    ROW_NUMBER() OVER (PARTITION BY t.assignment_id, t.indicator ORDER BY t.report DESC) AS n
                FROM report_figures t JOIN assignments a ON a.id = t.assignment_id
                WHERE {scope} AND t.at <= @now) f ON f.assignment_id = a.id AND f.n = 1
            WHERE {scope}
            ORDER BY a.depth, a.id, f.indicator
            LIMIT @max
            """;
        return tables.QueryAsync(sql, parameters, r => new TreeRow(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
            r.IsDBNull(5) ? null : DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture),
            r.NullableString(6), r.NullableString(7), r.GetInt64(8), r.NullableString(9),
            r.IsDBNull(10) ? null : decimal.Parse(r.GetString(10), CultureInfo.InvariantCulture)), cancellationToken);
    }
}
