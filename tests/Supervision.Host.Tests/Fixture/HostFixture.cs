using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Fixture;

/// <summary>
/// The real host on loopback (HTTP, silo, SQLite file in a temp folder), shared by a collection.
/// Signs in as the initial admin and creates a coordinator, an inspector and agency users with tokens.
/// </summary>
public class HostFixture : IAsyncLifetime
{
    private TestHost? _host;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "supervision-host-tests", Guid.NewGuid().ToString("n"));

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Coordinator { get; private set; } = null!;

    public HttpClient Inspector { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>The running host's services, for a test that must put something where no endpoint can (a queued reaction).</summary>
    public IServiceProvider Services => _host?.App.Services ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>The store the host runs on (<see cref="TestStore"/>): SQLite unless the run or the fixture says otherwise.</summary>
    protected virtual string Store => TestStore.Default;

    /// <summary>Further command-line settings for the host, for a fixture that needs them.</summary>
    protected virtual IEnumerable<string> Settings => [];

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(DataDirectory, [.. TestStore.Settings(Store, DataDirectory), .. Settings]);
        BaseAddress = _host.BaseAddress;
        Anonymous = Client(null);
        Admin = await SignInAsync(InitialAdmin.Username, _host.AdminPassword);
        Coordinator = await UserAsync("coord", "coordinator", null);
        Inspector = await UserAsync("insp", "inspector", null);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Creates a user through the API as the admin, and returns a client carrying a fresh bearer token for them.</summary>
    public async Task<HttpClient> UserAsync(string username, string role, string? agencyId)
    {
        var created = await Admin.PostAsJsonAsync("/api/v1/users", new { username, display_name = username, role, agency_id = agencyId, password = "correct-horse-battery" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = await Admin.PostAsJsonAsync($"/api/v1/users/{username}/tokens", new { name = "tests" });
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        return Client(token);
    }

    /// <summary>Signs in with a password (cookie), as the UI does.</summary>
    public async Task<HttpClient> SignInAsync(string username, string password)
    {
        var client = Client(null);
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public HttpClient Client(string? token)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "host";
}
