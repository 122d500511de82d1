using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation.Inputs;

/// <summary>
/// The score sources kept up with the trail: each read catches them up with the events appended since the last (only the
/// types some source names, in position order), then reads them under one lock. A warm evaluation reads only what is new.
/// </summary>
public sealed class ScoreFacts(ITables tables, IEnumerable<IScoreSource> sources) : IDisposable
{
    private const int Page = 20_000;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IReadOnlyList<IScoreSource> _sources = [.. sources];
    private long _read;
    private long _position;

    public IReadOnlyList<IScoreSource> Sources => _sources;

    /// <summary>Runs <paramref name="read"/> over the sources caught up with the log; it gets the log position they reflect.</summary>
    public async Task<T> ReadAsync<T>(Func<long, IReadOnlyList<IScoreSource>, T> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpAsync(cancellationToken);
            return read(_position, _sources);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var types = _sources.SelectMany(s => s.EventTypes).Distinct(StringComparer.Ordinal).ToList();
        var byType = types.ToDictionary(t => t, t => _sources.Where(s => s.EventTypes.Contains(t)).ToList(), StringComparer.Ordinal);
        var parameters = new Dictionary<string, object?>();
        for (var i = 0; i < types.Count; i++)
        {
            parameters[$"t{i}"] = types[i];
        }

        var sql = $"""
            SELECT stream_id, version, position, type, payload, actor_user, actor_role, actor_agency, at, correlation_id
            FROM events WHERE position > @after AND type IN ({string.Join(", ", types.Select((_, i) => $"@t{i}"))}) ORDER BY position LIMIT {Page}
            """;
        // The head is read first: every event of a named type up to it is then read by the pages below.
        var head = await tables.QueryAsync("SELECT MAX(position) FROM events", new Dictionary<string, object?>(), r => r.IsDBNull(0) ? 0L : r.GetInt64(0), cancellationToken);
        while (types.Count > 0)
        {
            parameters["after"] = _read;
            var page = await tables.QueryAsync(sql, parameters, r => new StoredEvent(
                r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetString(4),
                new Actor(r.GetString(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7)), TrailTime.Parse(r.GetString(8)),
                r.IsDBNull(9) ? null : r.GetString(9), "", ""), cancellationToken);
            foreach (var stored in page)
            {
                var decoded = EventCodec.Decode(stored).Event;
                foreach (var source in byType[stored.Type])
                {
                    source.Observe(stored, decoded);
                }

                _read = stored.Position;
            }

            if (page.Count < Page)
            {
                break;
            }
        }

        // Events of other types move the head too: the position a frozen score names is the log's, not the last one read.
        _position = Math.Max(_read, head.FirstOrDefault());
    }

    public void Dispose() => _gate.Dispose();
}
