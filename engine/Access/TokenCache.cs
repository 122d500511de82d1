using System.Collections.Concurrent;

namespace Supervision.Engine.Access;

/// <summary>
/// Bearer tokens seen in the last few seconds and their users, so that a client sending many commands costs one
/// lookup per <see cref="Lifetime"/> instead of one per request. Every write through <see cref="UserStore"/> empties
/// it; a change made elsewhere (another host, SQL by hand) is seen within <see cref="Lifetime"/>.
/// Unknown tokens are never kept: each is looked up again.
/// </summary>
internal sealed class TokenCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    // Bounded: past this many live tokens the cache starts over rather than grow.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (User User, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    // Bumped by every Clear: a lookup that started before a write must not keep what it read.
    private long _generation;

    /// <summary>Taken before reading the store, handed back to <see cref="Keep"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public User? Find(string tokenHash)
    {
        if (!_entries.TryGetValue(tokenHash, out var entry))
        {
            return null;
        }

        if (entry.Until > clock.GetUtcNow())
        {
            return entry.User;
        }

        _entries.TryRemove(new KeyValuePair<string, (User, DateTimeOffset)>(tokenHash, entry));
        return null;
    }

    public void Keep(string tokenHash, User user, long generation)
    {
        if (generation != Generation)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[tokenHash] = (user, clock.GetUtcNow() + Lifetime);
        if (generation != Generation)
        {
            // A write cleared the cache while this entry went in: it may describe the world before the write.
            _entries.TryRemove(tokenHash, out _);
        }
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }
}
