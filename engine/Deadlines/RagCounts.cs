namespace Supervision.Engine.Deadlines;

/// <summary>How many open assignments of a group are green, yellow and red, and the group's colour (the worst).</summary>
public sealed record RagCounts(string Id, string? Ref, string? Title, int Green, int Yellow, int Red)
{
    public string Rag => Red > 0 ? Deadlines.Rag.Red : Yellow > 0 ? Deadlines.Rag.Yellow : Deadlines.Rag.Green;
}
