namespace Supervision.Engine.Rounds;

/// <summary>What changed since the previous round: an indicator's value in this round's report against the previous round's (null when not reported then).</summary>
public sealed record RoundChange(string AssignmentId, string AgencyId, string Name, decimal? Before, decimal After, decimal? Delta);
