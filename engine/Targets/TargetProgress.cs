namespace Supervision.Engine.Targets;

/// <summary>
/// One target's roll-up against its expected pace at an instant. <c>Key</c> names it: <c>plan/0</c> for the plan's first
/// target, <c>p-1.3/0</c> for item p-1.3's first. <c>Actual</c> is the agencies' latest values rolled up by
/// <c>Aggregation</c>; <c>Expected</c> the target × elapsed share for a cumulative target, the target itself for a level;
/// <c>Ratio</c> actual ÷ expected.
/// </summary>
public sealed record TargetProgress(
    string Key,
    string? ItemId,
    string? ItemRef,
    string Text,
    string Name,
    decimal? Value,
    string? Unit,
    string Comparator,
    string Aggregation,
    decimal? Actual,
    decimal? Expected,
    decimal? Ratio,
    string Colour,
    IReadOnlyList<AgencyFigure> Agencies);
