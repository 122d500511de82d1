using Microsoft.Data.Sqlite;

namespace Supervision.Engine.Trail;

/// <summary>Binds <see cref="ProjectionWrite"/> parameters the same way everywhere (times as trail text, null as NULL).</summary>
internal static class SqliteParameters
{
    public static void Bind(SqliteCommand command, IReadOnlyDictionary<string, object?> parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            var parameterName = name.Length > 0 && name[0] is '@' or '$' or ':' ? name : "@" + name;
            command.Parameters.AddWithValue(parameterName, DbValues.From(value));
        }
    }
}
