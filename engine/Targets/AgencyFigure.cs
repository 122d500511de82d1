using Supervision.Engine.Evaluation;

namespace Supervision.Engine.Targets;

/// <summary>An agency's latest cumulative value of a target's indicator, and the report event it came in.</summary>
public sealed record AgencyFigure(string AgencyId, decimal Value, string? Period, DateTimeOffset At, EventRef Event);
