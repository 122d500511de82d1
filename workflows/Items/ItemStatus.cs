namespace Supervision.Workflows.Items;

/// <summary>Where an action item stands as a whole; its assignments carry the detail.</summary>
public enum ItemStatus
{
    /// <summary>Defined and editable; nothing dispatched yet.</summary>
    Draft,

    /// <summary>Dispatched to its agencies; the work is under way.</summary>
    Dispatched,

    /// <summary>Every live lead assignment is completed.</summary>
    Completed,

    /// <summary>Every lead assignment was withdrawn: nobody is answerable for it any more.</summary>
    Withdrawn,
}
