using System.Text.Json.Serialization;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Assignments.Events;

/// <summary>
/// A rung of the escalation ladder was reached on the assignment's open obligation: by the clock at the step's
/// working-day instant, or by a coordinator's hand with a reason. The entry's own time is when it was processed;
/// <paramref name="DueAt"/> is when the step fell due, so a step processed after downtime shows both.
/// </summary>
/// <param name="Obligation">What is owed: acknowledge, settle_dispute, contribute, complete, review, rework.</param>
/// <param name="OwedBy">The agency id, or <c>office</c> (the office's own late reviews escalate to the office head).</param>
/// <param name="Step">remind, urge, supervise, interview or notice (提醒, 催办, 督办, 约谈, 通报).</param>
/// <param name="Rung">The step's 0-based place in the definition's ladder.</param>
/// <param name="DueAt">When the step fell due (UTC); for a step by hand, when it was taken.</param>
/// <param name="Notify">Who is to hear of it, in the definition's words: liaison, responsible, agency_head, office,
/// leading_group (and office_head when the office owes the obligation).</param>
/// <param name="Colour">The supervision slip's colour (blue, orange, red — 三色督办单) on a supervise step; otherwise null.</param>
/// <param name="Reason">The coordinator's reason for a step taken by hand; null for the clock's.</param>
/// <param name="Period">The report period (e.g. <c>2022-10</c>) when the obligation is a periodic report; otherwise null.</param>
[GenerateSerializer, Immutable]
public sealed record EscalationReached(
    string Obligation,
    string OwedBy,
    string Step,
    int Rung,
    DateTimeOffset DueAt,
    IReadOnlyList<string> Notify,
    string? Colour,
    string? Reason,
    string? Period = null) : IDomainEvent
{
    [JsonIgnore]
    public bool ByHand => Reason is not null;
}
