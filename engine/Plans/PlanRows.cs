using System.Globalization;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Plans;

/// <summary>The <c>plans</c> read-model table, written from a plan's state with its events.</summary>
public static class PlanRows
{
    public static ProjectionWrite Upsert(string id, PlanState state) => new(
        """
        INSERT INTO plans (id, title, issuer, issued, item_count, created_at)
        VALUES (@id, @title, @issuer, @issued, @item_count, @created_at)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, issuer = excluded.issuer, issued = excluded.issued,
            item_count = excluded.item_count
        """,
        new Dictionary<string, object?>
        {
            ["id"] = id,
            ["title"] = state.Title,
            ["issuer"] = state.Issuer,
            ["issued"] = state.Issued?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["item_count"] = state.ItemIds.Count,
            ["created_at"] = state.CreatedAt,
        });
}
