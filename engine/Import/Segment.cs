namespace Supervision.Engine.Import;

/// <summary>A stretch of a block's text with the assignment that covers it; one per item.</summary>
internal sealed record Segment(string Text, int Line, Assignment Assignment);
