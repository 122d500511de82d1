namespace Supervision.Engine.Trail;

/// <summary>An event about to be appended: its type name, its JSON payload and who/when/why.</summary>
public sealed record NewEvent(
    string Type,
    string Payload,
    Actor Actor,
    DateTimeOffset At,
    string? CorrelationId);
