namespace Supervision.Engine.Trail;

/// <summary>An event as it is being recorded: the entry and the stream version it gets.</summary>
public sealed record RecordedEvent(TrailEntry Entry, long Version)
{
    public IDomainEvent Event => Entry.Event;
}
