using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Fixture;

/// <summary>A host of a test's own, on its own data folder, that the test may stop, change and start again.</summary>
public sealed class OwnHost(string? dataDirectory = null, params string[] settings) : IAsyncDisposable
{
    private readonly int _port = FreePort.Next();
    private TestHost? _host;

    public string DataDirectory { get; } = dataDirectory ?? Directory.CreateTempSubdirectory("supervision-own-").FullName;

    public string DatabasePath => Path.Combine(DataDirectory, "supervision.db");

    /// <summary>Builds the host; <paramref name="extend"/> may map more endpoints before it starts.</summary>
    public async Task StartAsync(Action<WebApplication>? extend = null, TimeProvider? clock = null)
    {
        _host = await TestHost.StartAsync(
            DataDirectory,
            [.. TestStore.Settings(TestStore.Default, DataDirectory), .. settings],
            _port,
            services =>
            {
                if (clock is not null)
                {
                    services.AddSingleton(clock);
                }
            },
            extend);
    }

    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Signs in as the initial admin, creates the user and returns a client with a token of theirs.</summary>
    public async Task<HttpClient> UserAsync(string username, string role, string? agencyId)
    {
        using var admin = Client();
        var password = InitialAdmin.Password(DataDirectory);
        (await admin.PostAsJsonAsync("/api/v1/auth/login", new { username = InitialAdmin.Username, password })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/v1/users", new { username, role, agency_id = agencyId, password = "correct-horse-battery" })).EnsureSuccessStatusCode();
        var issued = await admin.PostAsJsonAsync($"/api/v1/users/{username}/tokens", new { name = "test" });
        return Client((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
    }

    /// <summary>The host's log lines so far (compact JSON, one event a line).</summary>
    public IEnumerable<string> LogLines()
    {
        var folder = Path.Combine(DataDirectory, "logs");
        foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : [])
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            foreach (var line in reader.ReadToEnd().Split('\n'))
            {
                yield return line;
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
