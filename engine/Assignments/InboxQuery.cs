using System.Globalization;
using Supervision.Engine.Deadlines;
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

        Paging.Check(filter.Offset, filter.Limit, Access.Limits.InboxPage);

        var now = clock.GetUtcNow();
        var sql = $"""
            SELECT * FROM (
                SELECT a.id, a.item_id, a.plan_id, a.item_ref, a.item_title, a.agency_id, a.role, a.status, a.due_at, a.responsible,
                    a.report_count, a.pending_reports, {Rag.WorstSql} AS rag_rank,
                    (SELECT o.step FROM obligations o WHERE o.assignment_id = a.id AND o.state = 'open' AND o.rung IS NOT NULL ORDER BY o.rung DESC LIMIT 1) AS step
                FROM assignments a) a
            WHERE 1 = 1
            """;
        var parameters = new Dictionary<string, object?> { ["limit"] = filter.Limit, ["offset"] = filter.Offset, ["now"] = TrailTime.Format(now) };
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
        }

        if (filter.Rag is { } colour)
        {
            sql += " AND rag_rank = @rag";
            parameters["rag"] = Rag.Rank(colour);
        }

        var rows = await tables.QueryAsync(sql + " ORDER BY due_at IS NULL, due_at, item_ref, id LIMIT @limit OFFSET @offset", parameters, reader =>
        {
            var statusValue = AssignmentRows.ParseStatus(reader.GetString(7));
            DateTimeOffset? due = reader.IsDBNull(8) ? null : DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture);
            return new InboxRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                Enum.Parse<AssignmentRole>(reader.GetString(6), ignoreCase: true), statusValue, due,
                due < now && AssignmentCycle.IsOpen(statusValue),
                reader.NullableString(9), reader.GetInt32(10), reader.GetInt32(11), Rag.OfRank(reader.GetInt64(12)), reader.NullableString(13));
        }, cancellationToken);
        return rows;
    }
}
