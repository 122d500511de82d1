using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Supervision.Engine.Trail.Moving;

/// <summary>
/// Copies one table's rows from the SQLite file into the same table on PostgreSQL with COPY (binary), in the
/// target's transaction, converting each value to the target column's type. Rows keep every value as stored:
/// events keep their positions, hashes and log hashes.
/// </summary>
internal static class TableCopy
{
    public static async Task<long> RunAsync(
        SqliteConnection source, NpgsqlConnection target, string table, long total, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var columns = await TargetColumnsAsync(target, table, cancellationToken);
        var names = await SourceColumnsAsync(source, table, cancellationToken);
        var missing = names.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Table {table} has columns the PostgreSQL schema lacks: {string.Join(", ", missing)}.");
        }

        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {string.Join(", ", names.Select(Quoted))} FROM {Quoted(table)} ORDER BY rowid";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        await using var copy = await target.BeginBinaryImportAsync(
            $"COPY {Quoted(table)} ({string.Join(", ", names.Select(Quoted))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            await copy.StartRowAsync(cancellationToken);
            for (var i = 0; i < names.Count; i++)
            {
                var type = columns[names[i]];
                if (reader.IsDBNull(i))
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await copy.WriteAsync(Converted(reader.GetValue(i), type), type, cancellationToken);
                }
            }

            if (++rows % 5000 == 0)
            {
                progress.Report($"{table}: {rows}/{total}");
            }
        }

        await copy.CompleteAsync(cancellationToken);
        progress.Report($"{table}: {rows}/{total}");
        return rows;
    }

    private static object Converted(object value, NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Bigint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        NpgsqlDbType.Boolean => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        NpgsqlDbType.Bytea => value as byte[] ?? System.Text.Encoding.UTF8.GetBytes(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private static async Task<Dictionary<string, NpgsqlDbType>> TargetColumnsAsync(NpgsqlConnection target, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
            target);
        command.Parameters.AddWithValue("table", table);
        var columns = new Dictionary<string, NpgsqlDbType>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns[reader.GetString(0)] = reader.GetString(1) switch
            {
                "bigint" or "integer" or "smallint" => NpgsqlDbType.Bigint,
                "double precision" or "real" or "numeric" => NpgsqlDbType.Double,
                "bytea" => NpgsqlDbType.Bytea,
                "boolean" => NpgsqlDbType.Boolean,
                _ => NpgsqlDbType.Text,
            };
        }

        return columns.Count > 0 ? columns : throw new InvalidOperationException($"Table {table} is not in the PostgreSQL schema.");
    }

    private static async Task<List<string>> SourceColumnsAsync(SqliteConnection source, string table, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info({Literal(table)})";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    public static string Quoted(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    public static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
