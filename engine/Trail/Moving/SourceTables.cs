using Microsoft.Data.Sqlite;

namespace Supervision.Engine.Trail.Moving;

/// <summary>The SQLite file's own tables and their row counts, the log first; SQLite's internals and the migration record excluded.</summary>
internal static class SourceTables
{
    public static async Task<List<(string Table, long Rows)>> ListAsync(SqliteConnection source, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using (var list = source.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name <> 'events', name";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new List<(string, long)>(names.Count);
        foreach (var name in names)
        {
            await using var count = source.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {TableCopy.Quoted(name)}";
            tables.Add((name, (long)(await count.ExecuteScalarAsync(cancellationToken))!));
        }

        return tables;
    }
}
