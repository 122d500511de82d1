namespace Supervision.Workflows.Items;

/// <summary>Every move of an action item's lifecycle.</summary>
public enum ItemTrigger
{
    /// <summary>The coordinator changes the definition (only before dispatch).</summary>
    Edit,

    /// <summary>The coordinator dispatches the item to its agencies.</summary>
    Dispatch,

    /// <summary>Work of an upheld dispute is handed to another agency.</summary>
    AddAssignment,

    /// <summary>The last live lead assignment was approved.</summary>
    Complete,

    /// <summary>The last lead assignment was withdrawn.</summary>
    Withdraw,
}
