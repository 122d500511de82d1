namespace Supervision.Engine.Hosting;

/// <summary>
/// What this node shares with others: <see cref="Clustered"/> when other nodes work on the same store (so nothing is
/// taken back from them on start), <see cref="RowLocks"/> when the store can skip rows another transaction has locked
/// (PostgreSQL's <c>FOR UPDATE SKIP LOCKED</c>).
/// </summary>
public sealed record NodeRole(bool Clustered, bool RowLocks)
{
    public static NodeRole Alone { get; } = new(false, false);
}
