namespace Supervision.Workflows.Definition;

/// <summary>One rung of the ladder: what happens, when relative to the obligation's due time, and who hears of it.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="At">Offset from the due time; negative steps fire before it (a reminder).</param>
/// <param name="Notify">Who is notified, without duplicates, in the order written.</param>
public sealed record EscalationStep(EscalationStepKind Kind, Span At, IReadOnlyList<NoticeRecipient> Notify)
{
    /// <summary>True for steps after the due time: an obligation is late, and escalated, once one is reached.</summary>
    public bool IsOverdue => !At.IsNegative;
}
