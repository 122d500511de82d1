using System.Text.Json;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies;

/// <summary>The <c>agencies</c> read-model table (the registry imports resolve names against), written from an agency's state with its events.</summary>
public static class AgencyRows
{
    /// <summary>Migration 500: each agency names its parent (issue 20), indexed so a subtree is found by walking down.</summary>
    public static Migration ParentMigration { get; } = new(500, "agency parents", """
        ALTER TABLE agencies ADD COLUMN parent_id TEXT;
        CREATE INDEX ix_agencies_parent ON agencies (parent_id);
        """);

    public static ProjectionWrite Upsert(string id, AgencyState state) => new(
        """
        INSERT INTO agencies (id, name, kind, aliases, is_group, members, liaison_name, liaison_email, head_name, head_email, updated_at, parent_id)
        VALUES (@id, @name, @kind, @aliases, @is_group, @members, @liaison_name, @liaison_email, @head_name, @head_email, @updated_at, @parent_id)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases,
            is_group = excluded.is_group, members = excluded.members, liaison_name = excluded.liaison_name,
            liaison_email = excluded.liaison_email, head_name = excluded.head_name, head_email = excluded.head_email,
            updated_at = excluded.updated_at, parent_id = excluded.parent_id
        """,
        new Dictionary<string, object?>
        {
            ["id"] = id,
            ["name"] = state.Name,
            ["kind"] = state.Kind,
            ["aliases"] = JsonSerializer.Serialize(state.Aliases, EventCodec.Json),
            ["is_group"] = state.IsGroup,
            ["members"] = JsonSerializer.Serialize(state.Members, EventCodec.Json),
            ["liaison_name"] = state.Liaison?.Name,
            ["liaison_email"] = state.Liaison?.Email,
            ["head_name"] = state.Head?.Name,
            ["head_email"] = state.Head?.Email,
            ["updated_at"] = state.LastChangedAt,
            ["parent_id"] = state.ParentId,
        });
}
