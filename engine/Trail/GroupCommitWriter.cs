using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Supervision.Engine.Trail;

/// <summary>
/// Group commit: every write of the process queues here and one loop drains whatever is waiting into ONE transaction,
/// each command inside its own savepoint, so a conflict or failing projection undoes only that command.
/// One fsync then covers the whole batch, which is what lets many grains append faster than one row per commit.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private readonly Channel<WriteCommand> _queue = Channel.CreateUnbounded<WriteCommand>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly IWriteSession _session;
    private readonly int _maxBatch;
    private readonly ILogger _logger;
    // Set when the writer thread has drained the queue and stopped.
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _commits;

    public GroupCommitWriter(IWriteSession session, int maxBatch, ILogger logger)
    {
        _session = session;
        _maxBatch = Math.Max(1, maxBatch);
        _logger = logger;
        // A dedicated thread, because every commit blocks in fsync; on the thread pool that would starve grain turns.
        new Thread(Run) { IsBackground = true, Name = "Trail writer" }.Start();
    }

    public long CommitCount => Interlocked.Read(ref _commits);

    public Task<T> SubmitAsync<T>(string? streamId, Func<IWriteSession, T> body, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var command = new WriteCommand<T>(streamId, body, cancellationToken);
        if (!_queue.Writer.TryWrite(command))
        {
            throw new ObjectDisposedException(nameof(IEventStore), "The event store is closed.");
        }

        return command.Completion;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopped.Task;
        _session.Dispose();
    }

    private void Run()
    {
        try
        {
            var batch = new List<WriteCommand>(_maxBatch);
            while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var command))
                {
                    batch.Add(command);
                }

                Commit(batch);
                batch.Clear();
            }
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    private void Commit(List<WriteCommand> batch)
    {
        var applied = new List<WriteCommand>(batch.Count);
        try
        {
            using var transaction = _session.Begin();
            foreach (var command in batch)
            {
                if (command.CancellationToken.IsCancellationRequested)
                {
                    command.Cancel();
                    continue;
                }

                _session.Save();
                try
                {
                    command.Run(_session);
                    _session.Release();
                    applied.Add(command);
                }
                catch (Exception error) when (error is not OutOfMemoryException)
                {
                    _session.Undo();
                    _session.Forget(command.StreamId);
                    command.Fail(error);
                }
            }

            if (applied.Count == 0)
            {
                transaction.Rollback();
                return;
            }

            transaction.Commit();
            Interlocked.Increment(ref _commits);
            Metrics.Telemetry.CommitBatchSize.Record(applied.Count);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The transaction as a whole failed (disk full, I/O error): nothing of this batch is durable.
            _logger.LogError(error, "Event store commit of {Count} writes failed", applied.Count);
            _session.ForgetAll();
            foreach (var command in applied)
            {
                command.Fail(error);
            }

            foreach (var command in batch)
            {
                // Commands never reached (the failure came before them) must not wait forever.
                command.Fail(error);
            }

            return;
        }

        foreach (var command in applied)
        {
            command.Succeed();
        }
    }
}
