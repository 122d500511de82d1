namespace Supervision.Engine.Deadlines;

/// <summary>Red / yellow / green over the open assignments asked for: in all, by item (worst red first) and by agency.</summary>
public sealed record RagSummary(string Rag, int Green, int Yellow, int Red, IReadOnlyList<RagCounts> ByItem, IReadOnlyList<RagCounts> ByAgency);
