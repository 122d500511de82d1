namespace Supervision.Engine.Trail;

/// <summary>The stream moved on since the caller read it: the append was refused and nothing was written.</summary>
public sealed class StreamConcurrencyException(string streamId, long expected, long actual)
    : Exception($"Stream '{streamId}' is at version {actual}, expected {expected}.")
{
    public string StreamId { get; } = streamId;
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}
