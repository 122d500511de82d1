using System.Data.Common;

namespace Supervision.Engine.Trail;

/// <summary>
/// The trail's integrity rule, once for every database: inside the writer's transaction, an append checks the stream's
/// version, chains each event to the one before it in its stream (<see cref="TrailHash.Compute(string, ReadOnlySpan{byte})"/>) and
/// to the one before it in the log (<see cref="TrailHash.Log"/>), then runs its projections. The log chain's head is
/// read under the write lock when the transaction begins, carried from insert to insert and put back when a savepoint
/// is undone.
/// </summary>
internal sealed class ChainedWriteSession(IWriteConnection connection) : IWriteSession
{
    private long _position;
    private string _logHash = TrailHash.Genesis;
    private (long Position, string LogHash) _saved;

    public DbTransaction Begin()
    {
        (var transaction, _position, _logHash) = connection.Begin();
        return transaction;
    }

    public void Save()
    {
        connection.Run("SAVEPOINT command;");
        _saved = (_position, _logHash);
    }

    public void Release() => connection.Run("RELEASE SAVEPOINT command;");

    public void Undo()
    {
        connection.Run("ROLLBACK TO SAVEPOINT command; RELEASE SAVEPOINT command;");
        (_position, _logHash) = _saved;
    }

    public IReadOnlyList<StoredEvent> Append(string streamId, long expectedVersion, PreparedEvent[] events, IReadOnlyList<ProjectionWrite> projections)
    {
        var (version, previousHash) = connection.Head(streamId);
        if (version != expectedVersion)
        {
            throw new StreamConcurrencyException(streamId, expectedVersion, version);
        }

        var stored = new StoredEvent[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            stored[i] = Insert(streamId, events[i], previousHash);
            previousHash = stored[i].Hash;
        }

        Execute(projections);
        connection.Remember(streamId, expectedVersion + events.Length, previousHash);
        return stored;
    }

    public int Execute(IReadOnlyList<ProjectionWrite> statements)
    {
        var changed = 0;
        foreach (var write in statements)
        {
            changed += connection.Execute(write);
        }

        return changed;
    }

    public void Forget(string? streamId)
    {
        if (streamId is not null)
        {
            connection.Forget(streamId);
        }
    }

    public void ForgetAll() => connection.Forget(null);

    public void Dispose() => connection.Dispose();

    private StoredEvent Insert(string streamId, PreparedEvent prepared, string previousHash)
    {
        var e = prepared.Event;
        var hash = TrailHash.Compute(previousHash, prepared.CanonicalBytes);
        var logHash = TrailHash.Log(_logHash, hash);
        var position = connection.Insert(_position + 1, [streamId, prepared.Version, e.Type, e.Payload, e.Actor.UserId, e.Actor.Role,
            e.Actor.AgencyId, TrailTime.Format(prepared.At), e.CorrelationId, previousHash, hash, logHash]);
        (_position, _logHash) = (position, logHash);
        return new StoredEvent(streamId, prepared.Version, position, e.Type, e.Payload, e.Actor, prepared.At, e.CorrelationId, previousHash, hash)
        {
            LogHash = logHash,
        };
    }
}
