using Supervision.Engine.MajorIssues;

namespace Supervision.Engine.Targets;

/// <summary>
/// A plan's figures at an instant, rebuilt from the trail: its targets against pace, the anomalies flagged, how many
/// assignments stood in each status and colour (open ones only for colours), and the major issues then open.
/// </summary>
public sealed record PlanProgress(
    string PlanId,
    string Title,
    DateTimeOffset AsOf,
    PlanPeriod Period,
    decimal ElapsedShare,
    IReadOnlyList<TargetProgress> Targets,
    IReadOnlyList<Anomaly> Anomalies,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyDictionary<string, int> Colours,
    IReadOnlyList<MajorIssueView> OpenMajorIssues);
