using Supervision.Engine.Trail;

namespace Supervision.Engine.Hosting;

/// <summary>The <c>shared_keys</c> table: the fingerprint of each secret every node must hold alike, recorded by the first node to start.</summary>
public static class SharedKeyRows
{
    // Shared keys (issue 18).
    public static Migration Migration { get; } =
        new(410, "shared keys", "CREATE TABLE shared_keys (name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, node TEXT NOT NULL, recorded_at TEXT NOT NULL);");

    /// <summary>Records <paramref name="fingerprint"/> for <paramref name="name"/> unless a node did first, and answers the one recorded.</summary>
    public static async Task<(string Fingerprint, string Node, string At)> RecordAsync(
        ITables tables, string name, string fingerprint, string node, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await tables.ExecuteAsync([new ProjectionWrite(
            "INSERT INTO shared_keys (name, fingerprint, node, recorded_at) VALUES (@name, @fingerprint, @node, @at) ON CONFLICT (name) DO NOTHING",
            new Dictionary<string, object?> { ["name"] = name, ["fingerprint"] = fingerprint, ["node"] = node, ["at"] = at.ToString("O") })],
            cancellationToken);
        var recorded = await tables.QueryAsync("SELECT fingerprint, node, recorded_at FROM shared_keys WHERE name = @name",
            new Dictionary<string, object?> { ["name"] = name }, r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken);
        return recorded.Single();
    }
}
