namespace Supervision.Engine.Import;

/// <summary>Who was assigned a block (or one part of it), and where that was printed.</summary>
internal sealed record Assignment(
    IReadOnlyList<(ListedName Name, int Line)> Lead,
    IReadOnlyList<(ListedName Name, int Line)> Cooperating,
    (string Text, int Line)? Deadline)
{
    public static Assignment None { get; } = new([], [], null);

    public bool IsEmpty => Lead.Count == 0 && Cooperating.Count == 0 && Standing is null;

    /// <summary>The responsible leader (a person) when one is named.</summary>
    public string? Leader { get; init; }

    /// <summary>The score weight as printed.</summary>
    public string? Score { get; init; }

    /// <summary>The list (as printed) whose first agency leads only by our reading of <c>负责</c>, no rule or 牵头 saying so.</summary>
    public string? ReadLead { get; init; }

    /// <summary>A standing rule stated here: it makes its names lead of every later task of the section.</summary>
    public (IReadOnlyList<ListedName> Lead, string Text, int Line)? Standing { get; init; }
}
