using System.Globalization;
using Supervision.Engine.Assignments;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Campaigns;

/// <summary>The <c>findings</c> table, kept from an assignment's events in their transaction: the campaign report reads it.</summary>
public static class FindingRows
{
    public static IEnumerable<ProjectionWrite> Follow(string assignmentId, AssignmentState before, AssignmentState after)
    {
        var (was, now) = (FindingsPart.Of(before), FindingsPart.Of(after));
        if (ReferenceEquals(was, now) || after.Opening is not { } o)
        {
            yield break;
        }

        foreach (var f in now.Where(f => !was.Contains(f)))
        {
            yield return new ProjectionWrite(
                """
                INSERT INTO findings (assignment_id, number, campaign_id, agency_id, item_id, plan_id, item_ref, item_title, severity, text,
                    status, due, due_at, returns, recorded_at, updated_at)
                VALUES (@assignment, @number, @campaign, @agency, @item, @plan, @ref, @title, @severity, @text, @status, @due, @due_at, @returns, @at, @updated)
                ON CONFLICT (assignment_id, number) DO UPDATE SET status = excluded.status, due = excluded.due, due_at = excluded.due_at,
                    returns = excluded.returns, updated_at = excluded.updated_at
                """,
                new Dictionary<string, object?>
                {
                    ["assignment"] = assignmentId, ["number"] = f.Number, ["campaign"] = f.CampaignId, ["agency"] = o.AgencyId, ["item"] = o.ItemId,
                    ["plan"] = o.PlanId, ["ref"] = o.ItemRef, ["title"] = o.ItemTitle, ["severity"] = f.Severity, ["text"] = f.Text,
                    ["status"] = f.Status.ToString().ToLowerInvariant(), ["due"] = f.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["due_at"] = f.DueAt, ["returns"] = f.Returns, ["at"] = f.OwedSince, ["updated"] = after.LastChangedAt,
                });
        }
    }
}
