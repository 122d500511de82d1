namespace Supervision.Workflows.Cycle;

/// <summary>Who makes a move of the cycle: the assigned agency, or the coordinating office.</summary>
public enum CycleParty
{
    /// <summary>A user of the agency the assignment is addressed to.</summary>
    Agency,

    /// <summary>A coordinator of the office that dispatched the work.</summary>
    Office,
}
