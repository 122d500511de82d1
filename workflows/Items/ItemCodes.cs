namespace Supervision.Workflows.Items;

/// <summary>The stable refusal codes of the item lifecycle.</summary>
public static class ItemCodes
{
    /// <summary>The item was dispatched; its definition can no longer change, and it cannot be dispatched again.</summary>
    public const string AlreadyDispatched = "item.already_dispatched";

    /// <summary>The item is not dispatched, so it has no assignments to hand over or complete.</summary>
    public const string NotDispatched = "item.not_dispatched";

    /// <summary>The item is completed or withdrawn.</summary>
    public const string Closed = "item.closed";

    /// <summary>A lead assignment is still open.</summary>
    public const string LeadsOpen = "item.leads_open";

    /// <summary>Not every lead assignment was withdrawn.</summary>
    public const string LeadsNotWithdrawn = "item.leads_not_withdrawn";
}
