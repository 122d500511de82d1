using System.Text.Json;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Simulation;

/// <summary>What the simulation reads: the installation's agencies to copy, from its own store the open obligations each morning, and the figures at the end.</summary>
public static class SimulationQueries
{
    public static Task<List<OwedRow>> OpenAsync(ITables tables, string planId, CancellationToken cancellationToken) =>
        tables.QueryAsync(
            "SELECT id, assignment_id, agency_id, kind, key, owed_by, due_at, opened_at FROM obligations WHERE state = 'open' AND plan_id = @plan ORDER BY id",
            new Dictionary<string, object?> { ["plan"] = planId },
            r => new OwedRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                r.IsDBNull(6) ? null : TrailTime.Parse(r.GetString(6)), TrailTime.Parse(r.GetString(7))),
            cancellationToken);

    /// <summary>Ladder steps the clock recorded, by step word (in ladder order) and by who owed the obligation.</summary>
    public static Task<List<(string Step, int Rung, string OwedBy, int Count)>> EscalationsAsync(ITables tables, CancellationToken cancellationToken) =>
        tables.QueryAsync(
            """
            SELECT json_extract(payload, '$.step'), json_extract(payload, '$.rung'), json_extract(payload, '$.owed_by'), COUNT(*)
            FROM events WHERE type = 'EscalationReached' AND stream_id LIKE 'assignment-%'
            GROUP BY 1, 2, 3 ORDER BY 2, 3
            """,
            new Dictionary<string, object?>(),
            r => (r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetInt32(3)),
            cancellationToken);

    public static async Task<Dictionary<string, string>> AgencyNamesAsync(ITables tables, CancellationToken cancellationToken) =>
        (await tables.QueryAsync("SELECT id, name FROM agencies", new Dictionary<string, object?>(), r => (r.GetString(0), r.GetString(1)), cancellationToken))
            .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

    /// <summary>
    /// Per obligation kind: (met by its due time, met late, still open past its due time at <paramref name="end"/>). Obligations
    /// with no due time, not yet due, or cancelled (the office withdrew them, a completion covered the reports left) are not counted.
    /// </summary>
    public static Task<List<(string Kind, int OnTime, int Late, int Overdue)>> TimelinessAsync(ITables tables, string planId, DateTimeOffset end, CancellationToken cancellationToken) =>
        tables.QueryAsync(
            """
            SELECT kind,
                SUM(CASE WHEN state = 'met' AND closed_at <= due_at THEN 1 ELSE 0 END),
                SUM(CASE WHEN state = 'met' AND closed_at > due_at THEN 1 ELSE 0 END),
                SUM(CASE WHEN state = 'open' AND due_at < @end THEN 1 ELSE 0 END)
            FROM obligations WHERE plan_id = @plan AND due_at IS NOT NULL GROUP BY kind ORDER BY kind
            """,
            new Dictionary<string, object?> { ["plan"] = planId, ["end"] = end },
            r => (r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)),
            cancellationToken);

    public static async Task<(int Assignments, int Completed)> AssignmentsAsync(ITables tables, string planId, CancellationToken cancellationToken) =>
        (await tables.QueryAsync(
            $"SELECT COUNT(*), COALESCE(SUM(CASE WHEN status = '{AssignmentRows.Name(AssignmentStatus.Completed)}' THEN 1 ELSE 0 END), 0) FROM assignments WHERE plan_id = @plan",
            new Dictionary<string, object?> { ["plan"] = planId },
            r => (r.GetInt32(0), r.GetInt32(1)),
            cancellationToken))[0];

    /// <summary>Every registered agency's profile (names, kind, aliases, group members), by id.</summary>
    public static async Task<Dictionary<string, AgencyProfile>> AgencyProfilesAsync(ITables tables, CancellationToken cancellationToken) =>
        (await tables.QueryAsync(
            "SELECT id, name, kind, aliases, is_group, members FROM agencies",
            new Dictionary<string, object?>(),
            r => (Id: r.GetString(0), Profile: new AgencyProfile(r.GetString(1), r.GetString(2), Names(r.GetString(3)), r.GetBoolean(4), Names(r.GetString(5)))),
            cancellationToken)).ToDictionary(r => r.Id, r => r.Profile, StringComparer.Ordinal);

    private static List<string> Names(string json) => JsonSerializer.Deserialize<List<string>>(json, EventCodec.Json) ?? [];
}
