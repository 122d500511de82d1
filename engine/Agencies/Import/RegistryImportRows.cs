using System.Globalization;
using System.Text.Json;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies.Import;

/// <summary>
/// The <c>agency_imports</c> table (migration 501): a registry file as read, kept between the preview and the commit.
/// Outside the trail, as plan drafts are: nothing has happened to any agency until the commit.
/// </summary>
internal static class RegistryImportRows
{
    private static readonly JsonSerializerOptions Json = Supervision.Engine.Json.JsonConventions.Create();

    public static Migration Migration { get; } = new(501, "agency registry imports", """
        CREATE TABLE agency_imports (
            id TEXT PRIMARY KEY, user_id TEXT NOT NULL, file_name TEXT NOT NULL, file_json TEXT NOT NULL,
            created_at TEXT NOT NULL, committed_at TEXT);
        """);

    public sealed record Kept(string Id, string UserId, string FileName, RegistryFile File, DateTimeOffset? CommittedAt);

    public static Task InsertAsync(ITables tables, string id, string userId, string fileName, RegistryFile file, DateTimeOffset now, CancellationToken cancellationToken) =>
        tables.ExecuteAsync(
            [new ProjectionWrite(
                "INSERT INTO agency_imports (id, user_id, file_name, file_json, created_at, committed_at) VALUES (@id, @user, @file, @json, @now, NULL)",
                new Dictionary<string, object?>
                {
                    ["id"] = id, ["user"] = userId, ["file"] = fileName, ["json"] = JsonSerializer.Serialize(file, Json), ["now"] = TrailTime.Format(now),
                })],
            cancellationToken);

    public static async Task<Kept?> FindAsync(ITables tables, string id, CancellationToken cancellationToken)
    {
        var rows = await tables.QueryAsync("SELECT id, user_id, file_name, file_json, committed_at FROM agency_imports WHERE id = @id",
            new Dictionary<string, object?> { ["id"] = id },
            r => new Kept(r.GetString(0), r.GetString(1), r.GetString(2), JsonSerializer.Deserialize<RegistryFile>(r.GetString(3), Json)!,
                r.IsDBNull(4) ? null : DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture)),
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public static Task MarkCommittedAsync(ITables tables, string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        tables.ExecuteAsync(
            [new ProjectionWrite("UPDATE agency_imports SET committed_at = @now WHERE id = @id AND committed_at IS NULL",
                new Dictionary<string, object?> { ["id"] = id, ["now"] = TrailTime.Format(now) })],
            cancellationToken);

    public static Task<List<RegisteredAgencyNode>> RegisteredAsync(ITables tables, CancellationToken cancellationToken) =>
        tables.QueryAsync("SELECT id, name, parent_id, aliases FROM agencies",
            new Dictionary<string, object?>(),
            r => new RegisteredAgencyNode(r.GetString(0), r.GetString(1), r.NullableString(2), JsonSerializer.Deserialize<List<string>>(r.GetString(3), EventCodec.Json) ?? []),
            cancellationToken);
}
