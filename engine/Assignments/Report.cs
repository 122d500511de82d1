namespace Supervision.Engine.Assignments;

/// <summary>One progress report of an assignment, numbered from 1; <c>Period</c> is the report period it met, if any.</summary>
[GenerateSerializer, Immutable]
public sealed record Report(
    int Number,
    string Narrative,
    IReadOnlyList<Indicator> Indicators,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    ReportStatus Status,
    string? ReviewNote,
    string? Period = null);
