namespace Supervision.Engine.Trail;

/// <summary>
/// Marker for every event a grain raises. The CLR type name is the event's type in the trail,
/// so renaming an event type is a schema change.
/// </summary>
public interface IDomainEvent;
