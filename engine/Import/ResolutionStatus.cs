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
}
