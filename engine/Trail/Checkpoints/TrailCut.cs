namespace Supervision.Engine.Trail.Checkpoints;

/// <summary>Something a checkpoint has that the export lacks: a stream's newest events, a whole stream, or the log's tail.</summary>
/// <param name="StreamId">The stream cut; null when it is the log's own tail.</param>
public sealed record TrailCut(string? StreamId, string Reason);
