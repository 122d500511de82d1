using System.Data.Common;

namespace Supervision.Engine.Trail;

/// <summary>
/// What the group-committing writer needs from a store inside one transaction: savepoints around each command,
/// appends (version check, hash chains, projections) and plain statements. SQLite and PostgreSQL each have one.
/// </summary>
internal interface IWriteSession : IDisposable
{
    /// <summary>Begins the batch's transaction and reads the log chain's head under the store's write lock.</summary>
    DbTransaction Begin();

    /// <summary>Opens the savepoint that isolates one write inside the batch's transaction.</summary>
    void Save();

    /// <summary>Keeps the write since <see cref="Save"/>.</summary>
    void Release();

    /// <summary>Undoes the write since <see cref="Save"/> and closes its savepoint.</summary>
    void Undo();

    IReadOnlyList<StoredEvent> Append(string streamId, long expectedVersion, PreparedEvent[] events, IReadOnlyList<ProjectionWrite> projections);

    int Execute(IReadOnlyList<ProjectionWrite> statements);

    /// <summary>Called when a savepoint rolled back: a cached head may describe rows that no longer exist.</summary>
    void Forget(string? streamId);

    /// <summary>Called when a whole transaction failed.</summary>
    void ForgetAll();
}
