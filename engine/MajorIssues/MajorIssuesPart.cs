using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Parts;
using Supervision.Engine.MajorIssues.Events;
using Supervision.Engine.Notices;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;

namespace Supervision.Engine.MajorIssues;

/// <summary>Major issues (重大问题) an agency raises on its open assignment, each open until the office records the outcome.</summary>
public sealed class MajorIssuesPart : IAssignmentPart
{
    public static IReadOnlyList<MajorIssue> Of(AssignmentState state) => state.Slice<MajorIssuesSlice>().Issues;

    public void When(AssignmentState state, TrailEntry entry)
    {
        var issues = state.Slice<MajorIssuesSlice>().Issues;
        switch (entry.Event)
        {
            case MajorIssueRaised e:
                state.SetSlice(new MajorIssuesSlice { Issues = issues.Add(new MajorIssue(e.Number, e.Severity, e.Summary, e.Needs, entry.At, entry.Actor.UserId)) });
                break;
            case MajorIssueClosed e:
                state.SetSlice(new MajorIssuesSlice
                {
                    Issues = issues.SetItem(e.Number - 1, issues[e.Number - 1] with { Outcome = e.Outcome, ClosedAt = entry.At, ClosedBy = entry.Actor.UserId }),
                });
                break;
        }
    }

    public IEnumerable<ProjectionWrite> Project(string assignmentId, AssignmentState before, AssignmentState after, IReadOnlyList<RecordedEvent> recorded) =>
        MajorIssueRows.Follow(assignmentId, before, after);

    public IEnumerable<Reaction> React(AssignmentState before, AssignmentState after, RecordedEvent recorded) =>
        recorded.Event is MajorIssueRaised e
            ? [NoticeRules.Send(NoticeRules.Notice(after, NoticeKinds.MajorIssue, [Recipients.Office]) with { Step = e.Severity, Report = e.Number, Detail = $"{e.Summary}\n{e.Needs}" })]
            : [];
}
