namespace Supervision.Engine.Trail.Story;

/// <summary>One event of a trail told to a person: its title, who did it, and the whole sentence, beside the stored event itself.</summary>
/// <param name="Agency">The agency of the assignment the event belongs to (or of the agency user who acted), by name; null on an item's own events.</param>
/// <param name="AssignmentId">The assignment the event belongs to; null on an item's own events.</param>
public sealed record TrailLine(StoredEvent Event, string Title, string Who, string? Agency, string? AssignmentId, string Sentence);
