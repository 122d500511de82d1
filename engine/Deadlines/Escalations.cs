using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Obligations;
using Supervision.Workflows.Definition;

namespace Supervision.Engine.Deadlines;

/// <summary>
/// What the clock owes an assignment at an instant: every rung of every open obligation that has fallen due and was not
/// reached yet, in due order, each once. Asking again, late, or after the obligation was met finds nothing more.
/// </summary>
public static class Escalations
{
    public const string SuperviseColourDefault = "blue";

    /// <summary>A major item's supervision slip is red (三色督办单).</summary>
    public const string MajorColour = "red";

    public static IReadOnlyList<EscalationReached> DueBy(AssignmentState state, Ladder ladder, DateTimeOffset now) =>
        [.. Obligation.AllOf(state)
            .SelectMany(o => ladder.Steps(o).Where(s => s.Rung > state.RungReached(o.Key) && s.At <= now).Select(s => (o, s)))
            .OrderBy(x => x.s.At)
            .ThenBy(x => x.s.Rung)
            .Select(x => ChainEscalation.ChainSteps.Redirect(state, ladder, Reached(x.o, x.s, x.s.At, reason: null, colour: ladder.Major ? MajorColour : null)))];

    /// <summary>The event for <paramref name="step"/> on <paramref name="obligation"/>, with who hears of it.</summary>
    public static EscalationReached Reached(Obligation obligation, LadderStep step, DateTimeOffset dueAt, string? reason, string? colour) =>
        new(obligation.Kind, obligation.OwedBy, step.Name, step.Rung, dueAt, Notify(obligation, step.Step),
            step.Step.Kind == EscalationStepKind.Supervise ? colour ?? SuperviseColourDefault : null, reason, obligation.Period);

    // The office's own late work escalates to the office's head, not to an agency's people.
    private static IReadOnlyList<string> Notify(Obligation obligation, EscalationStep step) =>
        obligation.OwedBy == Obligation.Office
            ? ["office", "office_head", .. step.Notify.Contains(NoticeRecipient.LeadingGroup) ? ["leading_group"] : Array.Empty<string>()]
            : [.. step.Notify.Select(Word)];

    private static string Word(NoticeRecipient recipient) => recipient switch
    {
        NoticeRecipient.AgencyHead => "agency_head",
        NoticeRecipient.LeadingGroup => "leading_group",
        _ => recipient.ToString().ToLowerInvariant(),
    };
}
