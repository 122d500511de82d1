namespace Supervision.Engine.Trail;

/// <summary>
/// Checks a trail offline: every event's hash against its content, every link against the event before it in its
/// stream, versions contiguous from 1, positions increasing, and (for the whole log) every event's link in the log chain.
/// Reports the first fault and where it is.
/// </summary>
public static class TrailVerifier
{
    /// <summary>
    /// Verifies events given in the order they were read: by global position (a whole trail) or by version (one stream).
    /// With <paramref name="wholeLog"/> the events must be the entire log, and the log chain is checked too. Removing
    /// a stream's (or the log's) newest events cannot be seen from the events alone; compare with a signed checkpoint.
    /// </summary>
    public static TrailVerification Verify(IEnumerable<StoredEvent> events, bool wholeLog = false) =>
        Verify(events, wholeLog, TrailHash.Compute);

    internal static TrailVerification Verify(IEnumerable<StoredEvent> events, bool wholeLog, Func<StoredEvent, string> hash)
    {
        ArgumentNullException.ThrowIfNull(events);
        var heads = new Dictionary<string, StoredEvent>(StringComparer.Ordinal);
        TrailFault? firstFault = null;
        StoredEvent? previous = null;
        var count = 0;
        foreach (var stored in events)
        {
            count++;
            heads.TryGetValue(stored.StreamId, out var head);
            firstFault ??= FindFault(stored, previous, head, hash, wholeLog);
            heads[stored.StreamId] = stored;
            previous = stored;
        }

        return new TrailVerification(firstFault is null, count, heads.Count, firstFault);
    }

    private static TrailFault? FindFault(StoredEvent stored, StoredEvent? previous, StoredEvent? head, Func<StoredEvent, string> hash, bool wholeLog)
    {
        var reason = PositionFault(stored, previous)
            ?? VersionFault(stored, head)
            ?? LinkFault(stored, head)
            ?? HashFault(stored, hash)
            ?? (wholeLog ? LogFault(stored, previous) : null);
        return reason is null ? null : new TrailFault(stored.Position, stored.StreamId, stored.Version, reason);
    }

    private static string? PositionFault(StoredEvent stored, StoredEvent? previous) =>
        previous is not null && stored.Position <= previous.Position
            ? $"Event at position {stored.Position} comes after position {previous.Position} in the trail: events were reordered or duplicated."
            : null;

    private static string? VersionFault(StoredEvent stored, StoredEvent? head)
    {
        var expected = (head?.Version ?? 0) + 1;
        if (stored.Version == expected)
        {
            return null;
        }

        if (stored.Version < expected)
        {
            return $"Version {stored.Version} of stream '{stored.StreamId}' appears after version {expected - 1}: events were reordered or duplicated.";
        }

        var missing = stored.Version == expected + 1 ? $"version {expected} is" : $"versions {expected} to {stored.Version - 1} are";
        return $"In stream '{stored.StreamId}', {missing} missing before version {stored.Version}: events were deleted, renumbered or put out of order.";
    }

    private static string? LinkFault(StoredEvent stored, StoredEvent? head)
    {
        var expected = head?.Hash ?? TrailHash.Genesis;
        if (string.Equals(stored.PreviousHash, expected, StringComparison.Ordinal))
        {
            return null;
        }

        return head is null
            ? $"Version {stored.Version} of stream '{stored.StreamId}' should start the chain but does not: earlier events were removed."
            : $"Version {stored.Version} of stream '{stored.StreamId}' does not link to version {head.Version} (position {head.Position}): that event, or its hash, was altered or replaced.";
    }

    private static string? HashFault(StoredEvent stored, Func<StoredEvent, string> hash)
    {
        string expected;
        try
        {
            expected = hash(stored);
        }
        catch (FormatException error)
        {
            return $"Version {stored.Version} of stream '{stored.StreamId}' has a payload that is not canonical JSON ({error.Message}): it was edited after it was written.";
        }

        return string.Equals(expected, stored.Hash, StringComparison.Ordinal)
            ? null
            : $"Version {stored.Version} of stream '{stored.StreamId}' does not match its hash: its content or its hash was edited after it was written.";
    }

    private static string? LogFault(StoredEvent stored, StoredEvent? previous)
    {
        var expected = TrailHash.Log(previous?.LogHash ?? TrailHash.Genesis, stored.Hash);
        if (string.Equals(stored.LogHash, expected, StringComparison.Ordinal))
        {
            return null;
        }

        return previous is null
            ? $"The event at position {stored.Position} should start the log chain but does not: the log's earlier events were removed."
            : $"The event at position {stored.Position} does not link to position {previous.Position} in the log chain: events between them were removed (from any stream), or its log hash was edited.";
    }
}
