namespace Supervision.Workflows.Cycle;

/// <summary>
/// The answer to "may this move happen now?". A refusal carries a stable machine code for
/// APIs and tests, and a reason in plain English for the person who tried.
/// </summary>
/// <param name="Allowed">True when the move may be fired.</param>
/// <param name="Code">The refusal code (for example <c>cycle.terminal</c>); null when allowed.</param>
/// <param name="Reason">A sentence naming the move and the current state; null when allowed.</param>
public sealed record CycleCheck(bool Allowed, string? Code, string? Reason)
{
    /// <summary>The move is allowed.</summary>
    public static CycleCheck Yes { get; } = new(true, null, null);

    /// <summary>Builds a refusal.</summary>
    public static CycleCheck No(string code, string reason) => new(false, code, reason);
}
