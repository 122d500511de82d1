namespace Supervision.Engine.Trail.Checkpoints;

/// <summary>
/// Holds an export against a checkpoint: every stream the checkpoint knows within the export's scope must be in the
/// export up to the checkpoint's version with the checkpoint's hash there; a whole-log export must also reach the
/// checkpoint's log position with its log hash. Events after the checkpoint are fine; missing ones are cuts.
/// </summary>
public static class CheckpointComparison
{
    public static IReadOnlyList<TrailCut> Compare(TrailDocument document, TrailCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(checkpoint);
        var scope = document.Scope
            ?? throw new FormatException("This export is of the first format and names no scope; export it again to check it against a checkpoint.");
        var byStream = new Dictionary<string, Dictionary<long, StoredEvent>>(StringComparer.Ordinal);
        foreach (var e in document.Events)
        {
            // Indexer, not Add: a tampered file may repeat a version; the chain check reports that, this must not throw.
            (byStream.TryGetValue(e.StreamId, out var versions) ? versions : byStream[e.StreamId] = [])[e.Version] = e;
        }

        var cuts = new List<TrailCut>();
        foreach (var head in checkpoint.Heads.Streams.Where(h => scope.Covers(h.StreamId)))
        {
            var cut = StreamCut(head, byStream.GetValueOrDefault(head.StreamId));
            if (cut is not null)
            {
                cuts.Add(new TrailCut(head.StreamId, cut));
            }
        }

        if (scope.IsWholeLog && LogCut(document.Events, checkpoint.Heads) is { } logCut)
        {
            cuts.Add(new TrailCut(null, logCut));
        }

        return cuts;
    }

    private static string? StreamCut(StreamHead head, Dictionary<long, StoredEvent>? events)
    {
        if (events is null)
        {
            return $"the whole stream is missing; the checkpoint has it at version {head.Version}.";
        }

        var newest = events.Keys.Max();
        if (newest < head.Version)
        {
            var missing = head.Version == newest + 1 ? $"version {head.Version} is" : $"versions {newest + 1} to {head.Version} are";
            return $"it ends at version {newest}, but the checkpoint has version {head.Version}: {missing} missing.";
        }

        return events.TryGetValue(head.Version, out var atHead) && !string.Equals(atHead.Hash, head.Hash, StringComparison.Ordinal)
            ? $"version {head.Version} differs from the one the checkpoint signed: the stream was rewritten from there on."
            : null;
    }

    private static string? LogCut(IReadOnlyList<StoredEvent> events, TrailHeads heads)
    {
        if (heads.Position == 0)
        {
            return null;
        }

        var newest = events.Count == 0 ? 0 : events[^1].Position;
        if (newest < heads.Position)
        {
            return $"the log ends at position {newest}, but the checkpoint has position {heads.Position}: the log's newest events are missing.";
        }

        var atHead = events.FirstOrDefault(e => e.Position == heads.Position);
        return atHead is null ? $"the event at position {heads.Position}, the checkpoint's head, is missing."
            : !string.Equals(atHead.LogHash, heads.LogHash, StringComparison.Ordinal)
                ? $"the event at position {heads.Position} differs from the one the checkpoint signed: the log was rewritten from there on."
                : null;
    }
}
