using Microsoft.Extensions.Logging;
using Npgsql;

namespace Supervision.Engine.Hosting.Cluster;

/// <summary>
/// The cluster's own tables in PostgreSQL — Orleans' membership schema (<c>Cluster/Sql/*.sql</c>) — applied once each,
/// in order, recorded in <c>cluster_migrations</c>. Nodes starting together take turns on an advisory lock, so a script
/// runs once whoever comes first. Quartz creates its own <c>qrtz_</c> tables (<c>ProvisionSchema</c>).
/// </summary>
public static class ClusterSchema
{
    private const long LockId = 0x5375_7065_7276_6973; // "Supervis": one lock for every node's schema step

    /// <summary>The scripts by version, from the resources embedded in the host.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = Load();

    public static async Task ApplyAsync(string connectionString, ILogger log, CancellationToken cancellationToken = default)
    {
        // Once, at start: a connection of its own, closed after, so no pool outside the node's budget keeps it.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({LockId})", cancellationToken);
        await ExecuteAsync(connection, tx,
            "CREATE TABLE IF NOT EXISTS cluster_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
            cancellationToken);
        var applied = new HashSet<int>();
        await using (var read = new NpgsqlCommand("SELECT version FROM cluster_migrations", connection, tx))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                applied.Add(rows.GetInt32(0));
            }
        }

        foreach (var (version, name, sql) in Scripts.Where(s => !applied.Contains(s.Version)))
        {
            await ExecuteAsync(connection, tx, sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO cluster_migrations (version, name) VALUES (@v, @n)", connection, tx);
            record.Parameters.AddWithValue("v", version);
            record.Parameters.AddWithValue("n", name);
            await record.ExecuteNonQueryAsync(cancellationToken);
            log.LogInformation("Cluster schema {Version} ({Name}) applied", version, name);
        }

        await tx.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<(int, string, string)> Load()
    {
        const string prefix = "Supervision.Engine.Hosting.Cluster.Sql.";
        var assembly = typeof(ClusterSchema).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                var name = n[prefix.Length..^".sql".Length];
                return (int.Parse(name[..3], System.Globalization.CultureInfo.InvariantCulture), name[4..], reader.ReadToEnd());
            })];
    }
}
