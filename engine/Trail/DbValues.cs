namespace Supervision.Engine.Trail;

/// <summary>
/// How a .NET value is written to the database, the same for writes (projections) and reads (query parameters): times as
/// trail text (so they compare as stored), booleans as 0/1, null as NULL.
/// </summary>
public static class DbValues
{
    public static object From(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset at => TrailTime.Format(at),
        bool flag => flag ? 1L : 0L,
        _ => value,
    };
}
