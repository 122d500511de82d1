namespace Supervision.Engine.Import;

/// <summary>Whether a printed agency name matched exactly one registered agency.</summary>
public enum ResolutionStatus
{
    /// <summary>Exactly one agency (by name or alias).</summary>
    Resolved,

    /// <summary>No agency has this name or alias.</summary>
    Unresolved,

    /// <summary>More than one agency claims this name as an alias.</summary>
    Ambiguous,

    /// <summary>
    /// A collective the registry does not know (<c>有关部门和单位</c>, <c>各区、县级市</c>): a group the coordinator
    /// fills with members (add_agency) or drops before committing.
    /// </summary>
    Collective,
}
