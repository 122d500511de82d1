namespace Supervision.Engine.Evaluation;

/// <summary>
/// One counted fact of a criterion for an agency, with the event it rests on: an obligation met or missed (rate criteria),
/// an escalation step received, a major issue still open. The scheme turns marks into points.
/// </summary>
/// <param name="Met">For a rate criterion, whether this one counted as met; deductions are never met.</param>
/// <param name="Step">For an escalation, the step received (urge, supervise, interview, notice).</param>
/// <param name="ItemRef">The item the fact concerns (<c>二(一)</c>), when it concerns one.</param>
/// <param name="Zh">What happened, in Chinese.</param>
/// <param name="En">What happened, in English.</param>
public sealed record ScoreMark(string AgencyId, string PlanId, string Criterion, bool Met, string? Step, string? ItemRef, EventRef Event, string Zh, string En);
