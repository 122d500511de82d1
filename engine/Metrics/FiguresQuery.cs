using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;

namespace Supervision.Engine.Metrics;

/// <summary>
/// Reads the <see cref="OperatingFigures"/>: a handful of grouped counts over indexed columns, the newest checkpoint
/// file and the disk. A scrape every few seconds from several scrapers must not load the store, so one reading is
/// kept for <see cref="Fresh"/> and shared.
/// </summary>
public sealed class FiguresQuery(ITables tables, ReactionQuery reactions, CheckpointFiles checkpoints, IBackupRecord backups, string dataDirectory, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private OperatingFigures? _last;

    public void Dispose() => _gate.Dispose();

    public async Task<OperatingFigures> ReadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            if (_last is null || now - _last.At >= Fresh || now < _last.At)
            {
                _last = await ReadNowAsync(now, cancellationToken);
            }

            return _last;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<OperatingFigures> ReadNowAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (pending, failed) = await reactions.CountsAsync(cancellationToken);
        var open = await GroupedAsync("SELECT kind, COUNT(*) FROM obligations WHERE state = 'open' GROUP BY kind", now, cancellationToken);
        var overdue = await GroupedAsync(
            $"SELECT COALESCE(step, '{OperatingFigures.NoStep}'), COUNT(*) FROM obligations WHERE state = 'open' AND due_at IS NOT NULL AND due_at < @now GROUP BY step",
            now, cancellationToken);
        var notices = await tables.QueryAsync("SELECT COUNT(*) FROM notices WHERE state = 'failed'", new Dictionary<string, object?>(), r => r.GetInt64(0), cancellationToken);
        return new OperatingFigures(now, pending, failed, open, overdue, notices[0], CheckpointAt(), await backups.LastSuccessAsync(cancellationToken), DiskFree());
    }

    private async Task<IReadOnlyDictionary<string, long>> GroupedAsync(string sql, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await tables.QueryAsync(sql, new Dictionary<string, object?> { ["now"] = now }, r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
        return rows.GroupBy(r => r.Item1, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Item2), StringComparer.Ordinal);
    }

    private DateTimeOffset? CheckpointAt()
    {
        // A checkpoint being written or damaged is not the operator's emergency here: verify-trail says what is wrong with it.
        try
        {
            return checkpoints.Newest() is { } path ? TrailCheckpoint.Parse(File.ReadAllText(path)).At : null;
        }
        catch (Exception e) when (e is IOException or FormatException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private long? DiskFree()
    {
        try
        {
            return new DriveInfo(Path.GetFullPath(dataDirectory)).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
