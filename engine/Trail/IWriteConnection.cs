using System.Data.Common;

namespace Supervision.Engine.Trail;

/// <summary>
/// The writer's connection in one database: what <see cref="ChainedWriteSession"/> asks of it inside the batch's
/// transaction. It stores rows; the session decides their versions and hashes.
/// </summary>
internal interface IWriteConnection : IDisposable
{
    /// <summary>Begins the batch's transaction under the store's write lock and reads the log's last position and hash.</summary>
    (DbTransaction Transaction, long Position, string LogHash) Begin();

    /// <summary>The stream's last version and hash; (0, <see cref="TrailHash.Genesis"/>) for a new stream.</summary>
    (long Version, string Hash) Head(string streamId);

    /// <summary>Remembers a stream's head after an append, where this database may cache it.</summary>
    void Remember(string streamId, long version, string hash);

    /// <summary>A cached head may describe rows that were rolled back (one stream, or all with null).</summary>
    void Forget(string? streamId);

    /// <summary>
    /// Inserts one event; <paramref name="row"/> holds the values of <see cref="StoredEventRows.InsertColumns"/> in order.
    /// Returns its position: <paramref name="next"/> where this database takes the position given, else the one it gave.
    /// </summary>
    long Insert(long next, object?[] row);

    /// <summary>Runs a statement without parameters (the savepoints).</summary>
    void Run(string sql);

    /// <summary>Runs a projection; returns the rows it changed.</summary>
    int Execute(ProjectionWrite write);
}
