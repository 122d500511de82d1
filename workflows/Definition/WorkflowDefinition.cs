namespace Supervision.Workflows.Definition;

/// <summary>
/// One version of a workflow definition: the windows, cadence and ladder a coordinator tunes.
/// Versions are immutable once published; an assignment keeps the version it was dispatched with.
/// </summary>
/// <param name="Id">Stable name, for example <c>standard</c>.</param>
/// <param name="Version">Positive version number; higher is newer.</param>
/// <param name="Title">Display title, for example 标准督办流程.</param>
/// <param name="AcknowledgeWithin">Time from dispatch to the acknowledge (签收) due time.</param>
/// <param name="ReportEvery">Length of one report period.</param>
/// <param name="ReportGrace">Time after a period ends before its report is due.</param>
/// <param name="ReviewWithin">Time the office has to review a report or completion.</param>
/// <param name="ReworkWithin">Time an agency has to resubmit a returned completion.</param>
/// <param name="Ladder">Escalation steps in increasing <see cref="EscalationStep.At"/> order; never empty.</param>
/// <param name="Cutoff">When a working day ends for due times (e.g. 18:00); null means the end of the day (23:59:59).</param>
/// <param name="MajorStartsAt">For an item dispatched as major: the step its first overdue rung goes straight to.</param>
/// <param name="ParentWindow">For a sub-assignment: how long the agency above has to get a late obligation met before it
/// is told one level higher (and so on up to the office); null keeps a late child's steps with its parent agency.</param>
public sealed record WorkflowDefinition(
    string Id,
    int Version,
    string Title,
    Span AcknowledgeWithin,
    Span ReportEvery,
    Span ReportGrace,
    Span ReviewWithin,
    Span ReworkWithin,
    IReadOnlyList<EscalationStep> Ladder,
    TimeOnly? Cutoff = null,
    EscalationStepKind MajorStartsAt = EscalationStepKind.Supervise,
    Span? ParentWindow = null);
