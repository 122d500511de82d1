using System.Globalization;
using System.Text.Json;
using Supervision.Engine.Assignments;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Cascade;

/// <summary>
/// What the roll-up tree reads beside the <c>assignments</c> table, so one query answers a whole tree: each report's
/// figures (a returned report's are dropped: they are to be reported again) and a child's shares.
/// </summary>
/// <remarks>Reports recorded before this table existed reach it the next time their assignment changes.</remarks>
public static class TreeRows
{
    public static Migration Migration { get; } = new(610, "report figures and shares", """
        CREATE TABLE report_figures (
            assignment_id TEXT NOT NULL, report INTEGER NOT NULL, indicator TEXT NOT NULL, value TEXT NOT NULL, at TEXT NOT NULL,
            PRIMARY KEY (assignment_id, report, indicator));
        ALTER TABLE assignments ADD COLUMN shares TEXT;
        """);

    /// <summary>The assignment's figures rewritten from its reports (small: one row per report and indicator).</summary>
    public static IEnumerable<ProjectionWrite> Figures(string assignmentId, AssignmentState state)
    {
        yield return new ProjectionWrite("DELETE FROM report_figures WHERE assignment_id = @id", new Dictionary<string, object?> { ["id"] = assignmentId });
        foreach (var report in state.Reports.Where(r => r.Status != ReportStatus.Returned))
        {
            foreach (var indicator in report.Indicators.DistinctBy(i => i.Name))
            {
                yield return new ProjectionWrite(
                    "INSERT INTO report_figures (assignment_id, report, indicator, value, at) VALUES (@id, @report, @indicator, @value, @at)",
                    new Dictionary<string, object?>
                    {
                        ["id"] = assignmentId,
                        ["report"] = report.Number,
                        ["indicator"] = indicator.Name,
                        ["value"] = indicator.Value.ToString(CultureInfo.InvariantCulture),
                        ["at"] = TrailTime.Format(report.SubmittedAt),
                    });
            }
        }
    }

    public static ProjectionWrite Shares(string assignmentId, IReadOnlyList<Share> shares) => new(
        "UPDATE assignments SET shares = @shares WHERE id = @id",
        new Dictionary<string, object?> { ["id"] = assignmentId, ["shares"] = JsonSerializer.Serialize(shares) });

    public static IReadOnlyList<Share> ParseShares(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<Share>>(json) ?? [];
}
