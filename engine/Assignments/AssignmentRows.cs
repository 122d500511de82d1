using Supervision.Engine.Assignments;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>The <c>assignments</c> read-model table: written from an assignment's state, read for inboxes and item roll-ups.</summary>
public static class AssignmentRows
{
    public static ProjectionWrite Upsert(string id, AssignmentState s)
    {
        var o = s.Opening!;
        return new ProjectionWrite(
            """
            INSERT INTO assignments (id, item_id, plan_id, item_ref, item_title, agency_id, role, status, due_at, responsible, report_count, pending_reports, updated_at)
            VALUES (@id, @item_id, @plan_id, @item_ref, @item_title, @agency_id, @role, @status, @due_at, @responsible, @report_count, @pending_reports, @updated_at)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, due_at = excluded.due_at, responsible = excluded.responsible,
                report_count = excluded.report_count, pending_reports = excluded.pending_reports, updated_at = excluded.updated_at
            """,
            new Dictionary<string, object?>
            {
                ["id"] = id,
                ["item_id"] = o.ItemId,
                ["plan_id"] = o.PlanId,
                ["item_ref"] = o.ItemRef,
                ["item_title"] = o.ItemTitle,
                ["agency_id"] = o.AgencyId,
                ["role"] = Name(o.Role),
                ["status"] = Name(s.Status),
                ["due_at"] = s.DueAt?.ToUniversalTime(),
                ["responsible"] = s.Responsible?.Name,
                ["report_count"] = s.Reports.Count,
                ["pending_reports"] = s.PendingReports,
                ["updated_at"] = s.LastChangedAt,
            });
    }

    /// <summary>
    /// The statuses of an item's assignments in <paramref name="role"/> under one parent: the item's top level when
    /// <paramref name="parentId"/> is null, else that assignment's children (a child belongs to its parent, not to the item).
    /// </summary>
    public static Task<List<AssignmentStatus>> StatusesAsync(ITables tables, string itemId, AssignmentRole role, string? parentId) =>
        tables.QueryAsync("SELECT status FROM assignments WHERE item_id = @item AND role = @role AND COALESCE(parent_id, '') = @parent",
            new Dictionary<string, object?> { ["item"] = itemId, ["role"] = Name(role), ["parent"] = parentId ?? "" },
            r => ParseStatus(r.GetString(0)));

    public static string Name(AssignmentStatus status) => Snake(status.ToString());

    /// <summary>The SQL list of <paramref name="statuses"/> as stored, for <c>status IN …</c>: <c>('completed', 'contributed')</c>.</summary>
    /// <remarks>The names are the enum's own, never user input, so they are written inline rather than bound.</remarks>
    public static string SqlList(IEnumerable<AssignmentStatus> statuses) =>
        $"({string.Join(", ", statuses.Order().Select(s => $"'{Name(s)}'"))})";

    public static string Name(AssignmentRole role) => Snake(role.ToString());

    public static AssignmentStatus ParseStatus(string name) => Enum.Parse<AssignmentStatus>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
