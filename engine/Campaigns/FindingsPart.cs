using System.Globalization;
using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Parts;
using Supervision.Engine.Campaigns.Events;
using Supervision.Engine.Obligations;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Campaigns;

/// <summary>The campaign findings against an assignment, each owed as a rectification (kind <c>finding</c>) while open.</summary>
public sealed class FindingsPart : IAssignmentPart
{
    /// <summary>A finding's rectification, keyed <c>finding:2</c>: owed while open, met when the agency reports it rectified.</summary>
    public static readonly ObligationKind Kind = new(
        "finding", new("督导问题整改", "rectification of a supervision finding"), new("督导问题整改", "rectify the finding"), e => e is FindingRectified);

    public IReadOnlyList<ObligationKind> Kinds => [Kind];

    public static IReadOnlyList<Finding> Of(AssignmentState state) => state.Slice<FindingsSlice>().Findings;

    public void When(AssignmentState state, TrailEntry entry)
    {
        switch (entry.Event)
        {
            case FindingRecorded e:
                var findings = state.Slice<FindingsSlice>().Findings;
                state.SetSlice(new FindingsSlice
                {
                    Findings = findings.Add(new Finding(e.Number, e.CampaignId, e.Severity, e.Text, e.Due, e.DueAt, FindingStatus.Open, null, null, 0, entry.At)),
                });
                break;
            case FindingRectified e:
                Set(state, e.Number, f => f with { Status = FindingStatus.Rectified, Rectification = e.Text });
                break;
            case FindingReturned e:
                Set(state, e.Number, f => f with
                {
                    Status = FindingStatus.Open, ReturnReason = e.Reason, Due = e.Due, DueAt = e.DueAt, Returns = f.Returns + 1, OwedSince = entry.At,
                });
                break;
            case FindingClosed e:
                Set(state, e.Number, f => f with { Status = FindingStatus.Closed });
                break;
        }
    }

    /// <summary>The findings whose rectification is owed (open), while the assignment is open.</summary>
    public IEnumerable<Obligation> Owed(AssignmentState state) =>
        AssignmentCycle.IsOpen(state.Status)
            ? Of(state).Where(f => f.Status == FindingStatus.Open)
                .Select(f => Kind.Owed(state.Opening!.AgencyId, f.DueAt, f.OwedSince, f.Number.ToString(CultureInfo.InvariantCulture)))
            : [];

    public IEnumerable<ProjectionWrite> Project(string assignmentId, AssignmentState before, AssignmentState after, IReadOnlyList<RecordedEvent> recorded) =>
        FindingRows.Follow(assignmentId, before, after);

    // A rectification reported or returned starts its ladder again when it is next owed.
    private static void Set(AssignmentState state, int number, Func<Finding, Finding> change)
    {
        var findings = state.Slice<FindingsSlice>().Findings;
        state.SetSlice(new FindingsSlice { Findings = findings.SetItem(number - 1, change(findings[number - 1])) });
        state.Ladder = state.Ladder.Remove(Kind.KeyOf(number.ToString(CultureInfo.InvariantCulture)));
    }
}
