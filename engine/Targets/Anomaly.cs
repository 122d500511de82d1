using Supervision.Engine.Evaluation;

namespace Supervision.Engine.Targets;

/// <summary>
/// A reported figure the office should look at. <c>Kind</c>: <c>decrease</c> (a cumulative value lower than the agency's
/// previous report of it; <c>Compared</c> is that previous value), <c>parts_exceed_total</c> (one report's parts add up
/// to more than its total; <c>Compared</c> is the total, <c>Value</c> the parts' sum), <c>outlier</c> (a change far outside
/// the agency's own history; <c>Compared</c> is the median of its earlier changes).
/// </summary>
public sealed record Anomaly(
    string Kind,
    string AgencyId,
    string AssignmentId,
    string ItemId,
    string Name,
    string? Period,
    decimal Value,
    decimal Compared,
    DateTimeOffset At,
    EventRef Event);
