using System.Globalization;
using System.Text.Json;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Import.Drafts;

/// <summary>The <c>import_drafts</c> table: drafts live outside the trail, since nothing has happened until the commit.</summary>
internal static class ImportDraftRows
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(110, "import drafts", """
            CREATE TABLE import_drafts (
                id TEXT PRIMARY KEY, user_id TEXT NOT NULL, file_name TEXT NOT NULL, draft_json TEXT NOT NULL,
                added_agencies TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, committed_plan_id TEXT);
            CREATE INDEX ix_import_drafts_created ON import_drafts (created_at);
            """),
        new(140, "import draft content hash", """
            ALTER TABLE import_drafts ADD COLUMN content_hash TEXT;
            CREATE INDEX ix_import_drafts_hash ON import_drafts (content_hash);
            """),
        new(730, "import draft page images", """
            CREATE TABLE import_draft_pages (
                draft_id TEXT NOT NULL, page INTEGER NOT NULL, png BLOB NOT NULL, PRIMARY KEY (draft_id, page));
            """),
    ];

    private static readonly JsonSerializerOptions AgencyJson = Supervision.Engine.Json.JsonConventions.Create();

    /// <summary>Keeps the draft and the images of its scanned pages in one transaction.</summary>
    public static Task InsertAsync(ITables tables, ImportDraft draft, IReadOnlyList<(int Page, byte[] Png)> pages, CancellationToken cancellationToken) =>
        tables.ExecuteAsync(
            [new ProjectionWrite(
                """
                INSERT INTO import_drafts (id, user_id, file_name, draft_json, added_agencies, created_at, updated_at, committed_plan_id, content_hash)
                VALUES (@id, @user, @file, @draft, @added, @created, @updated, NULL, @hash)
                """,
                Parameters(draft)),
            .. pages.Select(p => new ProjectionWrite(
                "INSERT INTO import_draft_pages (draft_id, page, png) VALUES (@id, @page, @png)",
                new Dictionary<string, object?> { ["id"] = draft.Id, ["page"] = (long)p.Page, ["png"] = p.Png }))],
            cancellationToken);

    /// <summary>The pages of a draft that have a kept image, in order.</summary>
    public static async Task<IReadOnlyList<int>> PagesAsync(ITables tables, string id, CancellationToken cancellationToken) =>
        await tables.QueryAsync("SELECT page FROM import_draft_pages WHERE draft_id = @id ORDER BY page",
            new Dictionary<string, object?> { ["id"] = id }, r => (int)r.GetInt64(0), cancellationToken);

    /// <summary>The kept PNG of one page, or null.</summary>
    public static async Task<byte[]?> PageAsync(ITables tables, string id, int page, CancellationToken cancellationToken) =>
        (await tables.QueryAsync("SELECT png FROM import_draft_pages WHERE draft_id = @id AND page = @page",
            new Dictionary<string, object?> { ["id"] = id, ["page"] = (long)page }, r => (byte[])r.GetValue(0), cancellationToken)).FirstOrDefault();

    /// <summary>Saves a correction unless the draft was committed meanwhile; false when it was.</summary>
    public static async Task<bool> UpdateAsync(ITables tables, ImportDraft draft, CancellationToken cancellationToken) =>
        await tables.ExecuteAsync(
            [new ProjectionWrite(
                "UPDATE import_drafts SET draft_json = @draft, added_agencies = @added, updated_at = @updated WHERE id = @id AND committed_plan_id IS NULL",
                Parameters(draft))],
            cancellationToken) == 1;

    /// <summary>Records the plan the draft became; false when another commit recorded one first.</summary>
    public static async Task<bool> MarkCommittedAsync(ITables tables, string id, string planId, CancellationToken cancellationToken) =>
        await tables.ExecuteAsync(
            [new ProjectionWrite(
                "UPDATE import_drafts SET committed_plan_id = @plan WHERE id = @id AND committed_plan_id IS NULL",
                new Dictionary<string, object?> { ["id"] = id, ["plan"] = planId })],
            cancellationToken) == 1;

    /// <summary>
    /// Deletes the drafts that expired uncommitted; returns how many. Page images go with every expired draft, committed
    /// ones included: they are for comparing before the commit, and a committed draft is kept only to name its plan.
    /// </summary>
    public static async Task<int> DeleteUncommittedBeforeAsync(ITables tables, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var at = new Dictionary<string, object?> { ["before"] = before.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) };
        await tables.ExecuteAsync(
            [new ProjectionWrite("DELETE FROM import_draft_pages WHERE draft_id IN (SELECT id FROM import_drafts WHERE updated_at < @before)", at)],
            cancellationToken);
        return await tables.ExecuteAsync(
            [new ProjectionWrite("DELETE FROM import_drafts WHERE committed_plan_id IS NULL AND updated_at < @before", at)],
            cancellationToken);
    }

    public static Task<List<ImportDraftSummary>> ListAsync(ITables tables, CancellationToken cancellationToken) =>
        tables.QueryAsync("SELECT id, file_name, user_id, created_at, committed_plan_id FROM import_drafts ORDER BY created_at DESC, id LIMIT 500",
            new Dictionary<string, object?>(),
            r => new ImportDraftSummary(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.NullableString(4)),
            cancellationToken);

    public static async Task<ImportDraft?> FindAsync(ITables tables, string id, CancellationToken cancellationToken)
    {
        var rows = await tables.QueryAsync("SELECT id, user_id, file_name, draft_json, added_agencies, created_at, updated_at, committed_plan_id, content_hash FROM import_drafts WHERE id = @id",
            new Dictionary<string, object?> { ["id"] = id },
            r => new ImportDraft(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                PlanDraftJson.Read(r.GetString(3)),
                JsonSerializer.Deserialize<List<Agency>>(r.GetString(4), AgencyJson) ?? [],
                DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture),
                r.NullableString(7),
                r.NullableString(8)),
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private static Dictionary<string, object?> Parameters(ImportDraft draft) => new()
    {
        ["id"] = draft.Id,
        ["user"] = draft.UserId,
        ["file"] = draft.FileName,
        ["draft"] = PlanDraftJson.Write(draft.Draft),
        ["added"] = JsonSerializer.Serialize(draft.AddedAgencies, AgencyJson),
        ["created"] = draft.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["updated"] = draft.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["hash"] = draft.ContentHash,
    };
}
