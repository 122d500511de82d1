using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Supervision.Tests.Shared;

namespace Supervision.Benchmarks;

/// <summary>N host processes on one fresh PostgreSQL database, and the agencies, tokens and acknowledged assignments the load needs.</summary>
public sealed class ClusterNodes : IAsyncDisposable
{
    private readonly List<Process> _processes = [];
    private readonly List<string> _folders = [];
    private readonly string _server;
    private readonly string _database = $"bench_{Guid.NewGuid():n}"[..30];

    private ClusterNodes(string server) => _server = server;

    public List<Uri> Urls { get; } = [];

    public List<(string Token, string Assignment)> Agencies { get; } = [];

    public static async Task<ClusterNodes> StartAsync(string server, int nodes, int agencies)
    {
        var cluster = new ClusterNodes(server);
        await cluster.OnServerAsync($"CREATE DATABASE \"{cluster._database}\"");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = cluster._database }.ToString();
        for (var i = 0; i < nodes; i++)
        {
            // The first node alone creates the schema and the admin; then the others join.
            await cluster.StartNodeAsync(connection);
        }

        await cluster.PrepareAsync(agencies);
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var p in _processes)
        {
            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true);
                await p.WaitForExitAsync();
            }
        }

        foreach (var f in _folders)
        {
            Directory.Delete(f, recursive: true);
        }

        NpgsqlConnection.ClearAllPools();
        await OnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private readonly string _noticeLinkKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private async Task StartNodeAsync(string connection)
    {
        var (http, silo, gateway) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var data = Directory.CreateTempSubdirectory("supervision-bench-node-").FullName;
        _folders.Add(data);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Supervision.Host.dll"), "--urls", $"http://127.0.0.1:{http}",
            "--Supervision:DataDirectory", data, "--Supervision:Store", "postgres", "--Supervision:Cluster", "postgres",
            "--Supervision:Postgres", connection, "--Supervision:AdvertisedAddress", "127.0.0.1",
            "--Supervision:SiloPort", silo.ToString(CultureInfo.InvariantCulture), "--Supervision:GatewayPort", gateway.ToString(CultureInfo.InvariantCulture),
            "--Serilog:MinimumLevel:Default", "Warning",
            // Every node of one installation holds the same notice link key, or the second is refused at start.
            "--Supervision:Keys:NoticeLink", _noticeLinkKey,
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        var url = new Uri($"http://127.0.0.1:{http}");
        Urls.Add(url);
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
        for (var until = DateTime.UtcNow.AddMinutes(3); ; await Task.Delay(250))
        {
            if (DateTime.UtcNow > until || process.HasExited)
            {
                throw new InvalidOperationException($"node on {http} did not become ready");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
        }
    }

    private async Task PrepareAsync(int agencies)
    {
        var password = InitialAdmin.Password(_folders[0]);
        using var admin = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Urls[0] };
        (await admin.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password })).EnsureSuccessStatusCode();
        using var coordinator = new HttpClient { BaseAddress = Urls[0] };
        coordinator.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(admin, "coord", "coordinator", null));
        var items = new List<object>();
        var tokens = new List<string>();
        for (var i = 0; i < agencies; i++)
        {
            (await coordinator.PostAsJsonAsync("/api/v1/agencies", new { id = $"ag{i}", name = $"单位{i}" })).EnsureSuccessStatusCode();
            tokens.Add(await TokenAsync(admin, $"u{i}", "agency", $"ag{i}"));
            items.Add(new { @ref = $"{i + 1}", title = $"事项{i + 1}", due = "2030-12-31", lead = new[] { $"ag{i}" }, cooperating = Array.Empty<string>() });
        }

        var plan = await (await coordinator.PostAsJsonAsync("/api/v1/plans", new { id = "p-bench", title = "基准", issuer = "办公室", issued = "2026-01-01", items }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var itemIds = plan.GetProperty("item_ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        for (var i = 0; i < agencies; i++)
        {
            (await coordinator.PostAsync($"/api/v1/items/{itemIds[i]}/dispatch", null)).EnsureSuccessStatusCode();
            var assignment = $"{itemIds[i]}~ag{i}";
            using var user = new HttpClient { BaseAddress = Urls[0] };
            user.DefaultRequestHeaders.Authorization = new("Bearer", tokens[i]);
            for (var tries = 0; !(await user.PostAsJsonAsync($"/api/v1/assignments/{assignment}/acknowledge", new { responsible_name = "张三" })).IsSuccessStatusCode; tries++)
            {
                if (tries > 100)
                {
                    throw new InvalidOperationException($"{assignment} never opened");
                }

                await Task.Delay(200);
            }

            Agencies.Add((tokens[i], assignment));
        }
    }

    private static async Task<string> TokenAsync(HttpClient admin, string username, string role, string? agencyId)
    {
        (await admin.PostAsJsonAsync("/api/v1/users", new { username, display_name = username, role, agency_id = agencyId, password = "correct-horse-battery" })).EnsureSuccessStatusCode();
        var issued = await admin.PostAsJsonAsync($"/api/v1/users/{username}/tokens", new { name = "bench" });
        return (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private async Task OnServerAsync(string sql)
    {
        await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ToString());
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }
}
