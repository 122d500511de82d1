namespace Supervision.Engine.Import;

/// <summary>Who was assigned a block, and where that was printed.</summary>
internal sealed record Assignment(
    IReadOnlyList<(ListedName Name, int Line)> Lead,
    IReadOnlyList<(ListedName Name, int Line)> Cooperating,
    (string Text, int Line)? Deadline)
{
    public static Assignment None { get; } = new([], [], null);

    public bool IsEmpty => Lead.Count == 0 && Cooperating.Count == 0;
}
