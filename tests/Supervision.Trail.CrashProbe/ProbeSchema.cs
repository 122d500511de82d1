using Supervision.Engine.Trail;

namespace Supervision.Trail.CrashProbe;

/// <summary>The probe's read model: each stream's head, projected with its events, so a torn transaction would show.</summary>
internal static class ProbeSchema
{
    public static Migration Heads { get; } = new(1, "probe heads", "CREATE TABLE probe_heads (stream TEXT PRIMARY KEY, version INTEGER NOT NULL);");

    public static ProjectionWrite RecordHead(string stream, long version) => new(
        "INSERT INTO probe_heads (stream, version) VALUES (@stream, @version) ON CONFLICT (stream) DO UPDATE SET version = excluded.version",
        new Dictionary<string, object?> { ["stream"] = stream, ["version"] = version });
}
