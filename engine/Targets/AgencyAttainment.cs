using Supervision.Engine.Evaluation;

namespace Supervision.Engine.Targets;

/// <summary>
/// An agency's part in one target at an instant: its own latest value (<c>AgencyValue</c>, null when it has not reported
/// the indicator) and the target's roll-up against pace (<c>Actual</c>, <c>Expected</c>, <c>Ratio</c>, <c>Colour</c>), with the
/// report event its value came in. One row per target and per agency assigned in the target's scope (the plan's, or the item's).
/// </summary>
public sealed record AgencyAttainment(
    string PlanId,
    string AgencyId,
    string TargetKey,
    string TargetName,
    string? Unit,
    decimal? AgencyValue,
    decimal? Actual,
    decimal? Expected,
    decimal? Ratio,
    string Colour,
    EventRef? Event);
