using Supervision.Engine.Trail;

namespace Supervision.Engine.MajorIssues;

/// <summary>Major issues (重大问题) on one assignment, keyed by the assignment id; recorded on the assignment's own stream.</summary>
public interface IAssignmentMajorIssues : IGrainWithStringKey
{
    /// <summary>The assignment's agency raises an issue with its severity and what it needs; the office is notified at once.</summary>
    Task<MajorIssue> RaiseMajorIssueAsync(string severity, string summary, string needs, Actor actor, string? correlationId);

    /// <summary>The office records the coordination outcome and closes issue <paramref name="number"/>.</summary>
    Task<MajorIssue> CloseMajorIssueAsync(int number, string outcome, Actor actor, string? correlationId);
}
