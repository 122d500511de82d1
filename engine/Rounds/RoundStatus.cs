namespace Supervision.Engine.Rounds;

/// <summary>A round at an instant: who has reported, who is late, who is still within time, and what changed since the previous round.</summary>
public sealed record RoundStatus(
    string PlanId,
    Round Round,
    DateTimeOffset AsOf,
    IReadOnlyList<RoundEntry> Reported,
    IReadOnlyList<RoundEntry> Late,
    IReadOnlyList<RoundEntry> Waiting,
    IReadOnlyList<RoundEntry> Closed,
    int? PreviousRound,
    IReadOnlyList<RoundChange> Changes);
