using System.Globalization;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Plans;

/// <summary>The <c>plans</c> read-model table, written from a plan's state with its events.</summary>
public static class PlanRows
{
    public static Migration Migration { get; } = new(101, "plans and items", """
        CREATE TABLE plans (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, issuer TEXT, issued TEXT, item_count INTEGER NOT NULL, created_at TEXT);
        CREATE TABLE items (
            id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, ref TEXT NOT NULL, title TEXT NOT NULL, due TEXT, status TEXT NOT NULL,
            lead TEXT NOT NULL, cooperating TEXT NOT NULL, definition_id TEXT, dispatched_at TEXT, updated_at TEXT,
            seq INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX ix_items_plan ON items (plan_id);
        """);

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
