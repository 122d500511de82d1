using Supervision.Engine.Trail;

namespace Supervision.Engine.Access;

/// <summary>The <c>data_protection_keys</c> table: the cookie keys every node reads alike, oldest first; a key is written once.</summary>
public static class DataProtectionKeyRows
{
    public static ProjectionWrite Store(string name, string xml, DateTimeOffset at) => new(
        "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO NOTHING",
        new Dictionary<string, object?> { ["name"] = name, ["xml"] = xml, ["at"] = TrailTime.Format(at) });

    public static Task<List<string>> AllAsync(ITables tables, CancellationToken cancellationToken = default) =>
        tables.QueryAsync("SELECT xml FROM data_protection_keys ORDER BY created_at, name", new Dictionary<string, object?>(), r => r.GetString(0), cancellationToken);
}
