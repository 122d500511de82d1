using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;

namespace Supervision.Host.Trails;

/// <summary>
/// Writes a signed checkpoint every <c>Supervision:CheckpointEvery</c> when the log has moved since the last one,
/// and a last one when the host stops. In a cluster one node signs at a time: the one holding the signer's lease
/// (<see cref="CheckpointSigners"/>), which it renews each round; when it dies, another takes over within three rounds.
/// </summary>
public sealed class CheckpointService(CheckpointFiles files, CheckpointSigners signers, Cluster.NodeLiveness node, TimeSpan every, ILogger<CheckpointService> logger)
    : BackgroundService
{
    private string? _lastLogHash;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _lastLogHash = NewestLogHash();
        try
        {
            await signers.RegisterAsync(node.Self, stoppingToken);
        }
        catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogWarning(error, "This node's checkpoint key could not be registered; its checkpoints are trusted by itself only until it is");
        }

        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await WriteIfMovedAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await WriteIfMovedAsync(CancellationToken.None);
        }
    }

    private async Task WriteIfMovedAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!await signers.HoldAsync(node.Self, every * 3, cancellationToken))
            {
                return;
            }

            var heads = await files.ReadHeadsAsync(cancellationToken);
            if (heads.Position == 0 || string.Equals(heads.LogHash, _lastLogHash, StringComparison.Ordinal))
            {
                return;
            }

            var (_, path) = await files.WriteAsync(heads, cancellationToken);
            _lastLogHash = heads.LogHash;
            logger.LogInformation("Trail checkpoint at position {Position} written to {Path}", heads.Position, path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The next round retries; a checkpoint missed is a wider window, not lost data.
            logger.LogWarning(error, "Trail checkpoint could not be written; retrying in {Every}", every);
        }
    }

    private string? NewestLogHash()
    {
        try
        {
            return files.Newest() is { } path ? TrailCheckpoint.Parse(File.ReadAllText(path)).Heads.LogHash : null;
        }
        catch (Exception error) when (error is IOException or FormatException)
        {
            return null;
        }
    }
}
