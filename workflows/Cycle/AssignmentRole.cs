namespace Supervision.Workflows.Cycle;

/// <summary>Whether the agency leads the item (牵头单位) or cooperates on it (配合单位).</summary>
public enum AssignmentRole
{
    Lead,
    Cooperating,
}
