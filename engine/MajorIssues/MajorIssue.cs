namespace Supervision.Engine.MajorIssues;

/// <summary>
/// A major issue (重大问题) an agency raised on its assignment: how severe, what it is, what it needs from whom; open until
/// the office records the coordination outcome (协调结果) and closes it. Numbered from 1 per assignment.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MajorIssue(
    int Number,
    string Severity,
    string Summary,
    string Needs,
    DateTimeOffset RaisedAt,
    string RaisedBy,
    string? Outcome = null,
    DateTimeOffset? ClosedAt = null,
    string? ClosedBy = null)
{
    public bool IsOpen => ClosedAt is null;
}
