namespace Supervision.Engine.Trail.Moving;

/// <summary>What a move copied (rows per table) and proved (events verified, streams, checkpoints held).</summary>
public sealed record MoveReport(IReadOnlyDictionary<string, long> Rows, int Events, int Streams, int Checkpoints);
