using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

/// <summary>Builds correctly chained in-memory trails for tests that need no database.</summary>
internal static class TrailChain
{
    public static List<StoredEvent> Build(params (string Stream, string Payload)[] events)
    {
        var heads = new Dictionary<string, StoredEvent>();
        var chain = new List<StoredEvent>();
        var at = new DateTimeOffset(2022, 5, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var (stream, payload) in events)
        {
            heads.TryGetValue(stream, out var head);
            var unsigned = new StoredEvent(
                stream, (head?.Version ?? 0) + 1, (chain.Count + 1) * 10L, "Noted", payload,
                new Actor("u-1", Roles.Coordinator, null), at.AddHours(chain.Count), null, head?.Hash ?? TrailHash.Genesis, "");
            var stored = unsigned with { Hash = TrailHash.Compute(unsigned) };
            heads[stream] = stored;
            chain.Add(stored);
        }

        return chain;
    }
}
