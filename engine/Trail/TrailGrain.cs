using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;
using Supervision.Engine.Reactions;

namespace Supervision.Engine.Trail;

/// <summary>
/// An event-sourced grain whose journal is its stream in the trail. Appends are optimistic on the stream
/// version; the grain's read-model rows and the reactions its events cause are written in the same transaction as
/// the events. Reactions marked to settle are then carried out before the intent answers; whatever fails (or is left
/// to the dispatcher) is retried from the table, so no grain ever calls another after recording.
/// </summary>
[LogConsistencyProvider(ProviderName = TrailGrainDefaults.ProviderName)]
public abstract partial class TrailGrain<TState>(IEventStore store, TimeProvider clock)
    : JournaledGrain<TState, TrailEntry>, ICustomStorageInterface<TState, TrailEntry>
    where TState : TrailState, new()
{
    protected TimeProvider Clock { get; } = clock;

    protected IEventStore Store { get; } = store;

    /// <summary>Plain table access (read models), beside the grain's own stream in <see cref="Store"/>.</summary>
    protected ITables Tables => field ??= ServiceProvider.GetRequiredService<ITables>();

    private ReactionOptions Reactions => field ??= ServiceProvider.GetRequiredService<ReactionOptions>();

    private ILogger Log => field ??= ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());

    // The reactions of the append in flight, kept from ApplyUpdatesToStorage until the intent carries them out.
    private List<PendingReaction> _caused = [];

    // A failed append, kept from ApplyUpdatesToStorage until the intent that raised the events hears of it.
    private ExceptionDispatchInfo? _failed;

    /// <summary>The stream this grain writes, e.g. <c>assignment-i-1.ag-2</c>.</summary>
    protected string StreamId => StreamIds.Of(StreamPrefix, this.GetPrimaryKeyString());

    protected abstract string StreamPrefix { get; }

    /// <summary>The read-model rows that follow from the state after new events; written with them.</summary>
    protected virtual IEnumerable<ProjectionWrite> Project(TState state) => [];

    /// <summary>Rows that need the state before as well as after, or the events themselves; by default <see cref="Project(TState)"/>.</summary>
    protected virtual IEnumerable<ProjectionWrite> Project(TState before, TState after, IReadOnlyList<RecordedEvent> recorded) => Project(after);

    /// <summary>The consequences of one recorded event (<paramref name="after"/> is the state once the append is applied).</summary>
    protected virtual IEnumerable<Reaction> React(TState before, TState after, RecordedEvent recorded) => [];

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
        try
        {
            // The grain is not reentrant and every intent confirms before returning, so the tentative
            // state is exactly the confirmed state plus this batch.
            var recorded = updates.Select((e, i) => new RecordedEvent(e, expectedVersion + i + 1)).ToList();
            var caused = recorded
                .SelectMany(r => React(State, TentativeState, r).Select(x => PendingReaction.Caused(StreamId, r.Version, r.Entry, x)))
                .ToList();
            var lease = Reactions.Lease;
            var writes = Project(State, TentativeState, recorded).Concat(caused.Select(r => ReactionRows.Insert(r, lease))).ToList();
            var keyed = await KeyedAnswerAsync(updates, expectedVersion + updates.Count);
            if (keyed is { } answer)
            {
                writes.Add(answer.Write);
            }

            using (var commit = Metrics.Telemetry.Source.StartActivity("store commit"))
            {
                commit?.SetTag("supervision.stream", StreamId);
                commit?.SetTag("supervision.events", updates.Count);
                await Store.AppendAsync(StreamId, expectedVersion, updates.Select(EventCodec.Encode).ToList(), writes);
            }

            Metrics.Recorded.Count(updates);
            keyed?.Given();
            _caused = caused;
            return true;
        }
        catch (StreamConcurrencyException)
        {
            return false;
        }
        catch (Exception e)
        {
            // Throwing (or answering false) here makes Orleans retry the same batch forever, hanging this intent
            // and every later one. Instead the batch is let go: the intent rethrows (ThrowIfFailed) and the
            // activation ends, so the next one reads the stream as the store really holds it.
            _failed = ExceptionDispatchInfo.Capture(e);
            _caused = [];
            return true;
        }
    }

    protected override void TransitionState(TState state, TrailEntry @event) => state.Apply(@event);

    /// <summary>Records one event durably; returns once it is in the trail.</summary>
    protected async Task RecordAsync(IDomainEvent @event, Actor actor, string? correlationId)
    {
        RaiseEvent(new TrailEntry(@event, actor, Clock.GetUtcNow(), correlationId));
        await ConfirmEvents();
        ThrowIfFailed();
        Recorded(@event, actor);
        await CarryOutAsync();
    }

    /// <summary>Records several events as one atomic append.</summary>
    protected async Task RecordAsync(IEnumerable<IDomainEvent> events, Actor actor, string? correlationId)
    {
        var at = Clock.GetUtcNow();
        var entries = events.Select(e => new TrailEntry(e, actor, at, correlationId)).ToList();
        RaiseEvents(entries);
        await ConfirmEvents();
        ThrowIfFailed();
        entries.ForEach(e => Recorded(e.Event, actor));
        await CarryOutAsync();
    }

    /// <summary>
    /// Carries out the reactions of the append just confirmed that settle at once, so the caller reads their
    /// consequences; hands the rest to the dispatcher. A failure here is not the caller's: the event is recorded,
    /// and the reaction's row is retried by the dispatcher.
    /// </summary>
    private async Task CarryOutAsync()
    {
        var caused = _caused;
        _caused = [];
        if (caused.Count == 0)
        {
            return;
        }

        var runner = ServiceProvider.GetRequiredService<ReactionRunner>();
        await Task.WhenAll(caused.Where(r => r.Settle).Select(r => runner.RunAsync(r)));
        if (caused.Any(r => !r.Settle))
        {
            ServiceProvider.GetRequiredService<ReactionDispatcher>().Nudge();
        }
    }

    /// <summary>
    /// Fails the intent whose append did not reach the store. The in-memory state took the batch as confirmed,
    /// so this activation goes once the intent answers, and nothing acts on that state before.
    /// </summary>
    private void ThrowIfFailed()
    {
        if (_failed is not { } failed)
        {
            return;
        }

        _failed = null;
        DeactivateOnIdle();
        Log.LogError(failed.SourceException, "{StreamId} could not record its events; the intent fails and the grain reloads", StreamId);
        failed.Throw();
    }

    private void Recorded(IDomainEvent @event, Actor actor) =>
        Log.LogInformation(
            "{StreamId} recorded {EventType} at version {Version} by {UserId} ({Role}, agency {AgencyId})",
            StreamId, @event.GetType().Name, Version, actor.UserId, actor.Role, actor.AgencyId);
}
