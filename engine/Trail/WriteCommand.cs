namespace Supervision.Engine.Trail;

/// <summary>One unit of work for the writer loop: run inside a savepoint, completed only after COMMIT.</summary>
internal abstract class WriteCommand(string? streamId, CancellationToken cancellationToken)
{
    /// <summary>The stream whose cached head must be forgotten if this command is rolled back; null for plain statements.</summary>
    public string? StreamId { get; } = streamId;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public abstract void Run(IWriteSession session);

    public abstract void Succeed();

    public abstract void Fail(Exception error);

    public abstract void Cancel();
}
