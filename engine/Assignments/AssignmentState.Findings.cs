using System.Collections.Immutable;
using Supervision.Engine.Campaigns;
using Supervision.Engine.Campaigns.Events;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>The campaign findings against this assignment, each owed as a rectification (kind <c>finding</c>) while open; and its model practices.</summary>
public sealed partial class AssignmentState
{
    /// <summary>The key prefix of a finding's rectification obligation: <c>finding:2</c>.</summary>
    public const string FindingKeyPrefix = "finding:";

    /// <summary>The campaign findings recorded against this assignment, oldest first.</summary>
    [Id(20)] [Immutable] public ImmutableList<Finding> Findings { get; set; } = [];

    /// <summary>The numbers of the reports the office marked as model practices (典型经验).</summary>
    [Id(21)] [Immutable] public ImmutableList<int> ModelPractices { get; set; } = [];

    /// <summary>The findings whose rectification is owed (open), while the assignment is open.</summary>
    public IEnumerable<Obligations.Obligation> OwedFindings =>
        AssignmentCycle.IsOpen(Status)
            ? Findings.Where(f => f.Status == FindingStatus.Open).Select(f => new Obligations.Obligation(
                "finding", Opening!.AgencyId, f.DueAt, $"{FindingKeyPrefix}{f.Number}", f.OwedSince, f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : [];

    /// <summary>The key of an obligation named by an escalation's kind and period.</summary>
    public static string KeyOf(string obligation, string? period) => period is null
        ? obligation
        : obligation switch
        {
            "rectify" => CommitmentKeyPrefix,
            "finding" => FindingKeyPrefix,
            _ => ReportKeyPrefix,
        } + period;

    private void WhenFinding(TrailEntry entry)
    {
        switch (entry.Event)
        {
            case FindingRecorded e:
                Findings = Findings.Add(new Finding(e.Number, e.CampaignId, e.Severity, e.Text, e.Due, e.DueAt, FindingStatus.Open, null, null, 0, entry.At));
                break;
            case FindingRectified e:
                SetFinding(e.Number, f => f with { Status = FindingStatus.Rectified, Rectification = e.Text });
                break;
            case FindingReturned e:
                SetFinding(e.Number, f => f with
                {
                    Status = FindingStatus.Open, ReturnReason = e.Reason, Due = e.Due, DueAt = e.DueAt, Returns = f.Returns + 1, OwedSince = entry.At,
                });
                break;
            case FindingClosed e:
                SetFinding(e.Number, f => f with { Status = FindingStatus.Closed });
                break;
            case Evaluation.Events.ModelPracticeMarked e:
                ModelPractices = ModelPractices.Add(e.Report);
                break;
        }
    }

    // A rectification reported or returned starts its ladder again when it is next owed.
    private void SetFinding(int number, Func<Finding, Finding> change)
    {
        Findings = Findings.SetItem(number - 1, change(Findings[number - 1]));
        Ladder = Ladder.Remove(FindingKeyPrefix + number);
    }
}
