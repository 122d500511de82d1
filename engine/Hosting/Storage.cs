using Supervision.Engine.Trail;

namespace Supervision.Engine.Hosting;

/// <summary>One database seen two ways: the event log (appends, streams, checkpoint heads) and plain tables (read models, users, queues).</summary>
public sealed record Storage(IEventStore Log, ITables Tables) : IAsyncDisposable
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Log.InitializeAsync(cancellationToken);

    public ValueTask DisposeAsync() => Log.DisposeAsync();
}
