namespace Supervision.Workflows.Cycle;

/// <summary>Whether the agency leads the item (牵头单位) or cooperates on it (配合单位).</summary>
public enum AssignmentRole
{
    /// <summary>牵头单位: reports and submits completion for the item.</summary>
    Lead,
    /// <summary>配合单位: reports and contributes; the lead completes only once every cooperator is settled.</summary>
    Cooperating,
}
