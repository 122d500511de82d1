using Supervision.Engine.Evaluation;

namespace Supervision.Engine.Targets;

/// <summary>One indicator value as an agency reported it, cumulative for the period named, with the event it came in.</summary>
[GenerateSerializer, Immutable]
public sealed record ReportedValue(
    string AssignmentId,
    string ItemId,
    string AgencyId,
    string Name,
    decimal Value,
    string? Unit,
    string? Period,
    int Report,
    DateTimeOffset At,
    EventRef Event);
