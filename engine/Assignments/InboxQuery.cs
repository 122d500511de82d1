using System.Globalization;
using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Assignments;

/// <summary>An agency's assignments from the read model, filtered; an agency user may only ask for its own agency.</summary>
public sealed class InboxQuery(ITables tables, TimeProvider clock)
{
    public async Task<IReadOnlyList<InboxRow>> RunAsync(Actor actor, string? agencyId, InboxFilter filter, CancellationToken cancellationToken = default)
    {
        if (!SeesEverything(actor) && agencyId != actor.AgencyId)
        {
            throw SupervisionException.Forbidden("An agency user sees only its own agency's inbox.");
        }

        Paging.Check(filter.Offset, filter.Limit, InboxFilter.MaxLimit);

        var now = clock.GetUtcNow();
        var sql = "SELECT id, item_id, plan_id, item_ref, item_title, agency_id, role, status, due_at, responsible, report_count, pending_reports FROM assignments WHERE 1 = 1";
        var parameters = new Dictionary<string, object?> { ["limit"] = filter.Limit, ["offset"] = filter.Offset };
        if (agencyId is not null)
        {
            sql += " AND agency_id = @agency";
            parameters["agency"] = agencyId;
        }

        if (filter.Status is { } status)
        {
            sql += " AND status = @status";
            parameters["status"] = AssignmentRows.Name(status);
        }

        if (filter.DueBefore is { } before)
        {
            sql += " AND due_at IS NOT NULL AND due_at < @before";
            parameters["before"] = TrailTime.Format(before);
        }

        if (filter.OverdueOnly)
        {
            sql += " AND due_at IS NOT NULL AND due_at < @now";
            parameters["now"] = TrailTime.Format(now);
        }

        var rows = await tables.QueryAsync(sql + " ORDER BY due_at IS NULL, due_at, item_ref, id LIMIT @limit OFFSET @offset", parameters, reader =>
        {
            var statusValue = AssignmentRows.ParseStatus(reader.GetString(7));
            DateTimeOffset? due = reader.IsDBNull(8) ? null : DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture);
            return new InboxRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                Enum.Parse<AssignmentRole>(reader.GetString(6), ignoreCase: true), statusValue, due,
                due < now && AssignmentCycle.IsOpen(statusValue),
                reader.NullableString(9), reader.GetInt32(10), reader.GetInt32(11));
        }, cancellationToken);
        return rows;
    }
}
