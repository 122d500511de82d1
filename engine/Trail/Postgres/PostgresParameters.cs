using Npgsql;
using NpgsqlTypes;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>Binds <see cref="ProjectionWrite"/> parameters as on SQLite (<see cref="DbValues"/>: times as trail text, flags as 0/1).</summary>
internal static class PostgresParameters
{
    /// <summary>
    /// Binds every parameter. A null stays untyped in writes (it may go into a number column), but is text in queries:
    /// their optional filters (<c>@agency IS NULL OR agency_id = @agency</c>) compare with text columns, and an untyped
    /// null there leaves PostgreSQL unable to tell the parameter's type.
    /// </summary>
    public static void Bind(NpgsqlCommand command, IReadOnlyDictionary<string, object?> parameters, bool nullsAsText = false)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            var parameterName = name.Length > 0 && name[0] is '@' or '$' or ':' ? name[1..] : name;
            if (value is null && nullsAsText)
            {
                command.Parameters.Add(new NpgsqlParameter(parameterName, NpgsqlDbType.Text) { Value = DBNull.Value });
            }
            else
            {
                command.Parameters.AddWithValue(parameterName, DbValues.From(value));
            }
        }
    }
}
