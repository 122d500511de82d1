namespace Supervision.Engine.Trail;

/// <summary>
/// The database records a migration newer than any this version knows: it was written by a newer version. Migrations are
/// forward-only, so the store is not opened (the host stops with this sentence; a CLI verb exits 2).
/// </summary>
public sealed class SchemaTooNewException(string message) : Exception(message)
{
    public SchemaTooNewException() : this("The database was written by a newer version of Supervision.")
    {
    }

    public SchemaTooNewException(string message, Exception inner) : this(message) => _ = inner;

    /// <summary>The refusal anywhere in what a start threw (Orleans and the host wrap what a start step throws).</summary>
    public static SchemaTooNewException? In(Exception? exception) => exception switch
    {
        null => null,
        SchemaTooNewException newer => newer,
        AggregateException all => all.InnerExceptions.Select(In).FirstOrDefault(r => r is not null),
        _ => In(exception.InnerException),
    };
}
