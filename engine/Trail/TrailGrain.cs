using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;

namespace Supervision.Engine.Trail;

/// <summary>
/// An event-sourced grain whose journal is its stream in the trail. Appends are optimistic on the stream
/// version, and the grain's read-model rows are written in the same transaction as its events.
/// </summary>
[LogConsistencyProvider(ProviderName = TrailGrainDefaults.ProviderName)]
public abstract class TrailGrain<TState>(IEventStore store, TimeProvider clock)
    : JournaledGrain<TState, TrailEntry>, ICustomStorageInterface<TState, TrailEntry>
    where TState : TrailState, new()
{
    protected TimeProvider Clock { get; } = clock;

    protected IEventStore Store { get; } = store;

    private ILogger Log => field ??= ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());

    /// <summary>The stream this grain writes, e.g. <c>assignment-i-1.ag-2</c>.</summary>
    protected string StreamId => $"{StreamPrefix}-{this.GetPrimaryKeyString()}";

    protected abstract string StreamPrefix { get; }

    /// <summary>The read-model rows that follow from the state after new events; written with them.</summary>
    protected virtual IEnumerable<ProjectionWrite> Project(TState state) => [];

    public async Task<KeyValuePair<int, TState>> ReadStateFromStorage()
    {
        var events = await Store.ReadStreamAsync(StreamId);
        var state = new TState();
        foreach (var stored in events)
        {
            state.Apply(EventCodec.Decode(stored));
        }

        return new KeyValuePair<int, TState>(events.Count, state);
    }

    public async Task<bool> ApplyUpdatesToStorage(IReadOnlyList<TrailEntry> updates, int expectedVersion)
    {
        // The grain is not reentrant and every intent confirms before returning, so the tentative
        // state is exactly the confirmed state plus this batch.
        var projections = Project(TentativeState).ToList();
        try
        {
            await Store.AppendAsync(StreamId, expectedVersion, updates.Select(EventCodec.Encode).ToList(), projections);
            return true;
        }
        catch (StreamConcurrencyException)
        {
            return false;
        }
    }

    protected override void TransitionState(TState state, TrailEntry @event) => state.Apply(@event);

    /// <summary>Records one event durably; returns once it is in the trail.</summary>
    protected async Task RecordAsync(IDomainEvent @event, Actor actor, string? correlationId)
    {
        RaiseEvent(new TrailEntry(@event, actor, Clock.GetUtcNow(), correlationId));
        await ConfirmEvents();
        Recorded(@event, actor);
    }

    /// <summary>Records several events as one atomic append.</summary>
    protected async Task RecordAsync(IEnumerable<IDomainEvent> events, Actor actor, string? correlationId)
    {
        var at = Clock.GetUtcNow();
        var entries = events.Select(e => new TrailEntry(e, actor, at, correlationId)).ToList();
        RaiseEvents(entries);
        await ConfirmEvents();
        entries.ForEach(e => Recorded(e.Event, actor));
    }

    private void Recorded(IDomainEvent @event, Actor actor) =>
        Log.LogInformation(
            "{StreamId} recorded {EventType} at version {Version} by {UserId} ({Role}, agency {AgencyId})",
            StreamId, @event.GetType().Name, Version, actor.UserId, actor.Role, actor.AgencyId);
}
