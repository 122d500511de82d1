using Npgsql;

namespace Supervision.Engine.Trail.Moving;

/// <summary>Whether a PostgreSQL database already holds data: the first table of its schema with a row, if any.</summary>
internal static class TargetTables
{
    public static async Task<string?> FirstWithRowsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY table_name",
            connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {TableCopy.Quoted(table)})", connection);
            if ((bool)(await any.ExecuteScalarAsync(cancellationToken))!)
            {
                return table;
            }
        }

        return null;
    }
}
