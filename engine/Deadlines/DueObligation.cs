namespace Supervision.Engine.Deadlines;

/// <summary>An open obligation whose next rung has fallen due: the sweep's unit of work, in due order.</summary>
public sealed record DueObligation(string AssignmentId, string NextAt);
