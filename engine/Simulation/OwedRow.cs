namespace Supervision.Engine.Simulation;

/// <summary>One open obligation of the simulated plan as the behaviour reads it each working day.</summary>
public sealed record OwedRow(string Id, string AssignmentId, string AgencyId, string Kind, string Key, string OwedBy, DateTimeOffset? DueAt, DateTimeOffset OpenedAt)
{
    /// <summary>The report period of a report obligation (<c>report:2022-05</c> → <c>2022-05</c>).</summary>
    public string? Period => Engine.Obligations.ObligationKinds.Report.PeriodOf(Key);
}
