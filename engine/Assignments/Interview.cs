namespace Supervision.Engine.Assignments;

/// <summary>An accountability interview (约谈) as recorded by the office, with the commitments it produced.</summary>
/// <param name="Number">1-based on its assignment.</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="Place">Where.</param>
/// <param name="Attendees">Who took part, in the order written.</param>
/// <param name="Minutes">The minutes (纪要).</param>
/// <param name="Commitments">The rectification commitments, each an obligation of the agency until fulfilled.</param>
/// <param name="Fulfilled">The numbers of the commitments fulfilled so far.</param>
/// <param name="RecordedAt">When the office recorded it: its commitments are owed from then.</param>
[GenerateSerializer, Immutable]
public sealed record Interview(
    int Number, DateOnly HeldOn, string Place, IReadOnlyList<string> Attendees, string Minutes, IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<int> Fulfilled,
    DateTimeOffset RecordedAt);
