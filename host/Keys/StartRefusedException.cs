namespace Supervision.Host.Keys;

/// <summary>The node must not start, for the reason its message gives in one sentence; the host prints it and exits with 2.</summary>
public sealed class StartRefusedException(string message) : Exception(message)
{
    public StartRefusedException() : this("The node refused to start.")
    {
    }

    public StartRefusedException(string message, Exception inner) : this(message) => _ = inner;

    /// <summary>The refusal anywhere in what the start threw (Orleans and the host wrap what a start step throws).</summary>
    public static StartRefusedException? In(Exception? exception) => exception switch
    {
        null => null,
        StartRefusedException refused => refused,
        Engine.Trail.SchemaTooNewException newer => new StartRefusedException(newer.Message),
        AggregateException all => all.InnerExceptions.Select(In).FirstOrDefault(r => r is not null),
        _ => In(exception.InnerException),
    };
}
