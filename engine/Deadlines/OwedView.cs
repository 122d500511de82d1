namespace Supervision.Engine.Deadlines;

/// <summary>One open obligation of an assignment as views show it: what, by whom, by when, how far up the ladder, and its colour.</summary>
/// <param name="Kind">acknowledge, settle_dispute, contribute, complete, review, rework, report.</param>
/// <param name="Period">The report period, for a report.</param>
/// <param name="OwedBy">The agency id, or <c>office</c>.</param>
/// <param name="DueAt">When it falls due (UTC); null when nothing sets a window.</param>
/// <param name="Step">The last ladder step reached on it, or null.</param>
/// <param name="NextStep">The next ladder step, or null when the ladder is climbed or there is no due time.</param>
/// <param name="NextStepAt">When the next step falls due (UTC).</param>
/// <param name="Rag">green, yellow or red.</param>
[GenerateSerializer, Immutable]
public sealed record OwedView(
    string Kind, string? Period, string OwedBy, DateTimeOffset? DueAt, string? Step, string? NextStep, DateTimeOffset? NextStepAt, string Rag);
