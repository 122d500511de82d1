namespace Supervision.Engine.Items;

/// <summary>Where an action item stands: drafted, dispatched to its agencies, or completed (every lead completed).</summary>
public enum ItemStatus
{
    Draft,
    Dispatched,
    Completed,
}
