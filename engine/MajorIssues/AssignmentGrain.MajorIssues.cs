using Supervision.Engine.Errors;
using Supervision.Engine.MajorIssues;
using Supervision.Engine.MajorIssues.Events;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Assignments;

/// <summary>Major issues: the agency raises one on its open assignment, the office closes it with the outcome.</summary>
public sealed partial class AssignmentGrain : IAssignmentMajorIssues
{
    /// <summary>The most major issues one assignment holds.</summary>
    public const int MaxMajorIssues = 200;

    public async Task<MajorIssue> RaiseMajorIssueAsync(string severity, string summary, string needs, Actor actor, string? correlationId)
    {
        RequireAgency(actor, Opening.AgencyId, "raise a major issue on this assignment");
        var checkedSummary = Text.Required(summary, "summary", Text.LongMax);
        var checkedNeeds = Text.Required(needs, "needs", Text.LongMax);
        if (!Severities.All.Contains(severity))
        {
            throw SupervisionException.Invalid("major_issue.severity", $"'severity' must be one of {string.Join(", ", Severities.All)} (was '{severity}').", "severity");
        }

        if (!State.HasApplied(correlationId) || MajorIssuesPart.Of(State).Count == 0)
        {
            if (!AssignmentCycle.IsOpen(State.Status))
            {
                throw SupervisionException.Conflict("major_issue.assignment_closed", $"Assignment {Id} is {AssignmentRows.Name(State.Status)}; a major issue is raised on open work only.");
            }

            if (MajorIssuesPart.Of(State).Count >= MaxMajorIssues)
            {
                throw SupervisionException.Conflict("major_issue.too_many", $"Assignment {Id} already holds {MaxMajorIssues} major issues.");
            }

            await RecordAsync(new MajorIssueRaised(MajorIssuesPart.Of(State).Count + 1, severity, checkedSummary, checkedNeeds), actor, correlationId);
            return MajorIssuesPart.Of(State)[^1];
        }

        return MajorIssuesPart.Of(State).LastOrDefault(i => i.RaisedBy == actor.UserId) ?? MajorIssuesPart.Of(State)[^1];
    }

    public async Task<MajorIssue> CloseMajorIssueAsync(int number, string outcome, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "close a major issue");
        var checkedOutcome = Text.Required(outcome, "outcome", Text.LongMax);
        var issue = number >= 1 && number <= MajorIssuesPart.Of(State).Count
            ? MajorIssuesPart.Of(State)[number - 1]
            : throw SupervisionException.NotFound("major issue", $"{Id}/{number}");
        if (!State.HasApplied(correlationId))
        {
            if (!issue.IsOpen)
            {
                throw SupervisionException.Conflict("major_issue.closed", $"Major issue {number} of {Id} was already closed.");
            }

            await RecordAsync(new MajorIssueClosed(number, checkedOutcome), actor, correlationId);
        }

        return MajorIssuesPart.Of(State)[number - 1];
    }
}
