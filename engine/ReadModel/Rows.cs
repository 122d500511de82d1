using System.Data.Common;

namespace Supervision.Engine.ReadModel;

/// <summary>Reading rows: a nullable text column as null, not an exception.</summary>
public static class Rows
{
    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
