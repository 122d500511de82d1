using Supervision.Engine.Access;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

/// <summary>
/// The storage contract, written once: every <see cref="IEventStore"/> implementation subclasses this with a factory
/// for its own fresh database and inherits every test.
/// </summary>
public abstract partial class EventStoreContract : IAsyncLifetime
{
    protected const string Main = "main";

    protected static readonly Actor Clerk = new("u-clerk", Roles.Agency, "agency-7");
    protected static readonly DateTimeOffset Noon = new(2022, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly List<IEventStore> _opened = [];

    /// <summary>A store over the named database: the same name within one test means the same database.</summary>
    protected abstract IEventStore CreateStore(string database, IEnumerable<Migration> migrations);

    /// <summary>Runs SQL on the named database behind the store's back, as someone with access to the files would.</summary>
    protected abstract Task TamperAsync(string database, string sql);

    /// <summary>How many transactions the store has committed.</summary>
    protected abstract long CommitsOf(IEventStore store);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }
    }

    protected async Task<IEventStore> OpenAsync(IEnumerable<Migration>? migrations = null, string database = Main)
    {
        var store = CreateStore(database, migrations ?? []);
        _opened.Add(store);
        await store.InitializeAsync();
        return store;
    }

    protected static NewEvent Event(int n, string type = "ProgressReported") =>
        new(type, $$"""{"n":{{n}},"note":"第{{n}}次调度"}""", Clerk, Noon.AddMinutes(n), $"corr-{n}");

    protected static NewEvent[] Events(int from, int count) =>
        [.. Enumerable.Range(from, count).Select(n => Event(n))];

    protected static Task<IReadOnlyList<StoredEvent>> AppendAsync(IEventStore store, string stream, long expected, params NewEvent[] events) =>
        store.AppendAsync(stream, expected, events, []);

    /// <summary>The store's other face: every store offers plain tables beside its log.</summary>
    protected static ITables Tables(IEventStore store) =>
        store as ITables ?? throw new InvalidOperationException($"{store.GetType().Name} must offer its tables (ITables) beside its log.");

    protected static async Task<long> ScalarAsync(IEventStore store, string sql) =>
        (await Tables(store).QueryAsync(sql, new Dictionary<string, object?>(), r => Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture))).Single();
}
