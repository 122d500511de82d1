using System.Globalization;
using System.Text.Json;
using Supervision.Engine.Items;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Items;

/// <summary>The <c>items</c> read-model table (items by plan), written from an item's state with its events.</summary>
public static class ItemRows
{
    public static ProjectionWrite Upsert(string id, ItemState state)
    {
        var spec = state.Spec!;
        return new ProjectionWrite(
            """
            INSERT INTO items (id, plan_id, ref, title, due, status, lead, cooperating, definition_id, dispatched_at, updated_at, seq)
            VALUES (@id, @plan_id, @ref, @title, @due, @status, @lead, @cooperating, @definition_id, @dispatched_at, @updated_at, @seq)
            ON CONFLICT (id) DO UPDATE SET ref = excluded.ref, title = excluded.title, due = excluded.due, status = excluded.status,
                lead = excluded.lead, cooperating = excluded.cooperating, definition_id = excluded.definition_id,
                dispatched_at = excluded.dispatched_at, updated_at = excluded.updated_at
            """,
            new Dictionary<string, object?>
            {
                ["id"] = id,
                ["plan_id"] = state.PlanId,
                ["ref"] = spec.Ref,
                ["title"] = spec.Title,
                ["due"] = spec.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["status"] = state.Status.ToString().ToLowerInvariant(),
                ["lead"] = JsonSerializer.Serialize(spec.Lead, EventCodec.Json),
                ["cooperating"] = JsonSerializer.Serialize(spec.Cooperating, EventCodec.Json),
                ["definition_id"] = state.DefinitionId is null ? null : $"{state.DefinitionId}.v{state.DefinitionVersion}",
                ["dispatched_at"] = state.DispatchedAt,
                ["updated_at"] = state.LastChangedAt,
                ["seq"] = int.TryParse(id[(id.LastIndexOf('.') + 1)..], out var seq) ? seq : 0,
            });
    }
}
