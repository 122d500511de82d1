using Supervision.Engine.Trail;

namespace Supervision.Engine.Campaigns;

/// <summary>The campaigns and findings tables (migration 300; evaluations are 320, major issues 310: clear of the other features' numbers).</summary>
public static class CampaignRows
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(300, "campaigns and findings", """
            CREATE TABLE campaigns (
                id TEXT PRIMARY KEY, theme TEXT NOT NULL, starts TEXT NOT NULL, ends TEXT NOT NULL, closed BOOLEAN NOT NULL, opened_at TEXT NOT NULL);
            CREATE TABLE findings (
                assignment_id TEXT NOT NULL, number INTEGER NOT NULL, campaign_id TEXT NOT NULL, agency_id TEXT NOT NULL, item_id TEXT NOT NULL,
                plan_id TEXT NOT NULL, item_ref TEXT NOT NULL, item_title TEXT NOT NULL, severity TEXT NOT NULL, text TEXT NOT NULL,
                status TEXT NOT NULL, due TEXT NOT NULL, due_at TEXT NOT NULL, returns INTEGER NOT NULL, recorded_at TEXT NOT NULL, updated_at TEXT,
                PRIMARY KEY (assignment_id, number));
            CREATE INDEX ix_findings_campaign ON findings (campaign_id, agency_id);
            """),
    ];

    public static ProjectionWrite Upsert(string id, CampaignState s) => new(
        """
        INSERT INTO campaigns (id, theme, starts, ends, closed, opened_at) VALUES (@id, @theme, @starts, @ends, @closed, @opened_at)
        ON CONFLICT (id) DO UPDATE SET closed = excluded.closed
        """,
        new Dictionary<string, object?>
        {
            ["id"] = id, ["theme"] = s.Opened!.Theme, ["starts"] = s.Opened.Starts.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["ends"] = s.Opened.Ends.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["closed"] = s.Closed, ["opened_at"] = s.OpenedAt,
        });
}
