using Npgsql;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>Binds <see cref="ProjectionWrite"/> parameters as on SQLite (<see cref="DbValues"/>: times as trail text, flags as 0/1).</summary>
internal static class PostgresParameters
{
    public static void Bind(NpgsqlCommand command, IReadOnlyDictionary<string, object?> parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            var parameterName = name.Length > 0 && name[0] is '@' or '$' or ':' ? name[1..] : name;
            command.Parameters.AddWithValue(parameterName, DbValues.From(value));
        }
    }
}
