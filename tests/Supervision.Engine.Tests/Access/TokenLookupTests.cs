using Microsoft.Extensions.Time.Testing;
using Supervision.Engine.Access;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Access;

/// <summary>Bearer tokens are looked up once per few seconds, and every write through the user store is seen at once.</summary>
public sealed class TokenLookupTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("supervision-tokens-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2022, 4, 1, 1, 0, 0, TimeSpan.Zero));
    // Held in a list, like the store contract's: the store is disposed in DisposeAsync, not by the test class.
    private readonly List<SqliteEventStore> _stores = [];
    private UserStore _users = null!;

    private SqliteEventStore Store => _stores[0];

    public async Task InitializeAsync()
    {
        _stores.Add(new SqliteEventStore(new SqliteStoreOptions(Path.Combine(_directory, "store.db")), ReadModelMigrations.All));
        await Store.InitializeAsync();
        _users = new UserStore(Store, _clock);
        await _users.AddAsync("office", "办公室", Roles.Coordinator, null, "office-password-1");
        await _users.AddAsync("other", "其他", Roles.Coordinator, null, "other-password-1");
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_token_removed_behind_the_stores_back_is_refused_once_its_lookup_is_five_seconds_old()
    {
        var token = await _users.IssueTokenAsync("office", "cli");
        Assert.Equal("office", (await _users.FromTokenAsync(token))?.Username);

        await DeleteTokensBehindTheStoresBackAsync();
        var soon = await _users.FromTokenAsync(token);
        _clock.Advance(TokenCache.Lifetime);
        var later = await _users.FromTokenAsync(token);

        Assert.Equal("office", soon?.Username);
        Assert.Null(later);
    }

    [Fact]
    public async Task Any_write_through_the_user_store_makes_the_next_request_look_its_token_up_again()
    {
        var token = await _users.IssueTokenAsync("office", "cli");
        Assert.NotNull(await _users.FromTokenAsync(token));

        await DeleteTokensBehindTheStoresBackAsync();
        await _users.SetPasswordAsync("other", "a-new-password-2");

        Assert.Null(await _users.FromTokenAsync(token));
    }

    [Fact]
    public async Task An_unknown_token_is_refused_every_time()
    {
        Assert.Null(await _users.FromTokenAsync("sv_unknown"));
        Assert.Null(await _users.FromTokenAsync("sv_unknown"));
    }

    private Task<int> DeleteTokensBehindTheStoresBackAsync() =>
        Store.ExecuteAsync([new ProjectionWrite("DELETE FROM tokens", new Dictionary<string, object?>())]);
}
