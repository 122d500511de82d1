using Supervision.Engine.Assignments;
using Supervision.Engine.Trail;

namespace Supervision.Engine.MajorIssues;

/// <summary>The <c>major_issues</c> table: one row per issue, written from the assignment's state with its events.</summary>
public static class MajorIssueRows
{
    public static Migration Migration { get; } = new(310, "major issues", """
        CREATE TABLE major_issues (
            assignment_id TEXT NOT NULL, number INTEGER NOT NULL, plan_id TEXT NOT NULL, item_id TEXT NOT NULL, item_ref TEXT NOT NULL,
            item_title TEXT NOT NULL, agency_id TEXT NOT NULL, severity TEXT NOT NULL, summary TEXT NOT NULL, needs TEXT NOT NULL,
            raised_at TEXT NOT NULL, raised_by TEXT NOT NULL, outcome TEXT, closed_at TEXT, closed_by TEXT,
            PRIMARY KEY (assignment_id, number));
        CREATE INDEX ix_major_issues_open ON major_issues (closed_at, plan_id);
        CREATE INDEX ix_major_issues_agency ON major_issues (agency_id);
        """);

    public static IEnumerable<ProjectionWrite> Follow(string assignmentId, AssignmentState before, AssignmentState after)
    {
        var o = after.Opening!;
        var was = MajorIssuesPart.Of(before);
        foreach (var issue in MajorIssuesPart.Of(after).Where((issue, i) => i >= was.Count || was[i] != issue))
        {
            yield return new ProjectionWrite(
                """
                INSERT INTO major_issues (assignment_id, number, plan_id, item_id, item_ref, item_title, agency_id, severity, summary, needs,
                    raised_at, raised_by, outcome, closed_at, closed_by)
                VALUES (@assignment, @number, @plan, @item, @item_ref, @item_title, @agency, @severity, @summary, @needs,
                    @raised_at, @raised_by, @outcome, @closed_at, @closed_by)
                ON CONFLICT (assignment_id, number) DO UPDATE SET outcome = excluded.outcome, closed_at = excluded.closed_at,
                    closed_by = excluded.closed_by
                """,
                new Dictionary<string, object?>
                {
                    ["assignment"] = assignmentId,
                    ["number"] = issue.Number,
                    ["plan"] = o.PlanId,
                    ["item"] = o.ItemId,
                    ["item_ref"] = o.ItemRef,
                    ["item_title"] = o.ItemTitle,
                    ["agency"] = o.AgencyId,
                    ["severity"] = issue.Severity,
                    ["summary"] = issue.Summary,
                    ["needs"] = issue.Needs,
                    ["raised_at"] = issue.RaisedAt,
                    ["raised_by"] = issue.RaisedBy,
                    ["outcome"] = issue.Outcome,
                    ["closed_at"] = issue.ClosedAt,
                    ["closed_by"] = issue.ClosedBy,
                });
        }
    }
}
