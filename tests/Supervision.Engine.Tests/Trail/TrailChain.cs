using Supervision.Engine.Access;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

/// <summary>Builds correctly chained in-memory trails (stream chains and the log chain) for tests that need no database.</summary>
internal static class TrailChain
{
    public static List<StoredEvent> Build(params (string Stream, string Payload)[] events) =>
        Build(TrailHash.Compute, events);

    public static List<StoredEvent> Build(Func<StoredEvent, string> hash, params (string Stream, string Payload)[] events)
    {
        var heads = new Dictionary<string, StoredEvent>();
        var chain = new List<StoredEvent>();
        var log = TrailHash.Genesis;
        var at = new DateTimeOffset(2022, 5, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var (stream, payload) in events)
        {
            heads.TryGetValue(stream, out var head);
            var unsigned = new StoredEvent(
                stream, (head?.Version ?? 0) + 1, (chain.Count + 1) * 10L, "Noted", payload,
                new Actor("u-1", Roles.Coordinator, null), at.AddHours(chain.Count), null, head?.Hash ?? TrailHash.Genesis, "");
            var stored = unsigned with { Hash = hash(unsigned) };
            log = TrailHash.Log(log, stored.Hash);
            stored = stored with { LogHash = log };
            heads[stream] = stored;
            chain.Add(stored);
        }

        return chain;
    }

    /// <summary>The heads a checkpoint would sign for this chain.</summary>
    public static TrailHeads Heads(IReadOnlyList<StoredEvent> chain) => new(
        chain[^1].Position,
        chain[^1].LogHash!,
        [.. chain.GroupBy(e => e.StreamId).Select(g => g.Last()).Select(e => new StreamHead(e.StreamId, e.Version, e.Hash)).OrderBy(h => h.StreamId, StringComparer.Ordinal)]);
}
