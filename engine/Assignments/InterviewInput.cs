namespace Supervision.Engine.Assignments;

/// <summary>What a coordinator records of an interview: when, where, who, the minutes, and the commitments with their dates.</summary>
[GenerateSerializer, Immutable]
public sealed record InterviewInput(DateOnly HeldOn, string Place, IReadOnlyList<string> Attendees, string Minutes, IReadOnlyList<CommitmentInput> Commitments);

/// <summary>One commitment as entered: what, and by which date.</summary>
[GenerateSerializer, Immutable]
public sealed record CommitmentInput(string Text, DateOnly Due);
