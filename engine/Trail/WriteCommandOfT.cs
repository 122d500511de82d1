namespace Supervision.Engine.Trail;

/// <summary>A write command producing a <typeparamref name="T"/> for its caller.</summary>
internal sealed class WriteCommand<T>(string? streamId, Func<IWriteSession, T> body, CancellationToken cancellationToken)
    : WriteCommand(streamId, cancellationToken)
{
    // Continuations must not run on the writer's thread, or one slow caller would stall every commit.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Completion => _completion.Task;

    public override void Run(IWriteSession session) => _result = body(session);

    public override void Succeed() => _completion.TrySetResult(_result!);

    public override void Fail(Exception error) => _completion.TrySetException(error);

    public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
}
