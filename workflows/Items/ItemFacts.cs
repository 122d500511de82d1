namespace Supervision.Workflows.Items;

/// <summary>What the item's lifecycle needs to know of its lead assignments, established by the engine before a check.</summary>
/// <param name="LeadsCompleted">At least one lead assignment is live and every live one is completed (reassigned and withdrawn ones do not count).</param>
/// <param name="LeadsWithdrawn">Every lead assignment was withdrawn.</param>
public sealed record ItemFacts(bool LeadsCompleted, bool LeadsWithdrawn)
{
    /// <summary>Facts under which no automatic move holds: enough for commands the office makes.</summary>
    public static ItemFacts None { get; } = new(false, false);
}
