namespace Supervision.Engine.Trail;

/// <summary>The log's head and every stream's head at one moment: what a checkpoint signs.</summary>
public sealed record TrailHeads(long Position, string LogHash, IReadOnlyList<StreamHead> Streams)
{
    /// <summary>The heads of a log with no events.</summary>
    public static TrailHeads Empty { get; } = new(0, TrailHash.Genesis, []);
}
