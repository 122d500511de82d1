using Supervision.Engine.Trail.Words;

namespace Supervision.Engine.Trail.Story;

/// <summary>
/// Tells a stored event as one sentence in the reader's language: who (by name and agency) did what, to which assignment,
/// with what. The trail page, its CSV and the assignment's history all read the same sentences; the payload stays as it is.
/// </summary>
public static class TrailStory
{
    public static TrailLine Tell(StoredEvent stored, StoryNames names, bool english)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(names);
        var who = names.Who(stored.Actor);
        var assignmentId = AssignmentOf(stored.StreamId);
        var target = assignmentId is null ? new Word("本事项", "the item") : names.Assignment(assignmentId);
        var titles = EventTitles.Of(stored.Type);
        var clause = Clause(stored, target, names) ?? new($"记录了「{titles.Zh}」（{target.Zh}）", $"recorded \"{titles.En}\" ({target.En})");
        var sentence = english ? $"{who.En} {clause.En}." : $"{who.Zh}{clause.Zh}。";
        var agency = assignmentId is not null && names.Assignments.TryGetValue(assignmentId, out var a) ? names.Agency(a.AgencyId)
            : stored.Actor.AgencyId is { } own ? names.Agency(own) : null;
        return new TrailLine(stored, titles.In(english), who.In(english), agency, assignmentId, sentence);
    }

    /// <summary>The assignment a stream belongs to (<c>assignment-{id}</c>), or null for an item's or any other stream.</summary>
    public static string? AssignmentOf(string streamId) => StreamIds.AssignmentOf(streamId);

    // A payload that does not decode (an event type newer than this build) still gets its title and target.
    private static Word? Clause(StoredEvent stored, Word target, StoryNames names)
    {
        IDomainEvent e;
        try
        {
            e = EventCodec.Decode(stored).Event;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Text.Json.JsonException or NotSupportedException)
        {
            return null;
        }

        return CycleClauses.Of(e, target, names) ?? WorkClauses.Of(e, target, names) ?? CascadeClauses.Of(e, target, names) ?? ChainClauses.Of(e, target, names)
            ?? ItemClauses.Of(e, names) ?? OfficeClauses.Of(e, names) ?? AuditClauses.Of(e);
    }
}
