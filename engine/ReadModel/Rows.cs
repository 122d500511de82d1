using System.Data.Common;

namespace Supervision.Engine.ReadModel;

/// <summary>Runs one read-model query and maps its rows.</summary>
public static class Rows
{
    public static async Task<List<T>> QueryAsync<T>(
        Trail.IEventStore store, string sql, IReadOnlyDictionary<string, object?> parameters, Func<DbDataReader, T> map, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenReadConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            Bind(command, name, value);
        }

        var result = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(map(reader));
        }

        return result;
    }

    public static void Bind(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = Trail.DbValues.From(value);
        command.Parameters.Add(p);
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
