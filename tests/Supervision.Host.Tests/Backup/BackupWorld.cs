using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Supervision.Engine.Backup;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Backup;

/// <summary>
/// One embedded installation with agencies, a dispatched plan and signed checkpoints; one archive of it taken by the
/// <c>backup</c> verb, in its own process, while the host took commands; and the whole log as the host served it after.
/// </summary>
public sealed class BackupWorld : IAsyncLifetime
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("supervision-backup-").FullName;

    public string Folder { get; } = Directory.CreateTempSubdirectory("supervision-archives-").FullName;

    public string Archive => Path.Combine(Folder, "backup.tar.gz");

    public (int Exit, string Out, string Err) Backup { get; private set; }

    /// <summary>The statuses of the commands sent while the backup ran.</summary>
    public List<int> DuringBackup { get; } = [];

    public BackupManifest Manifest { get; private set; } = null!;

    /// <summary>The whole log exported after the backup: every event's position and hash.</summary>
    public List<(long Position, string Hash)> LogAfter { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["SUPERVISION__DATADIRECTORY"] = DataDirectory };

    public async Task InitializeAsync()
    {
        await using var host = await TestHost.StartAsync(DataDirectory, ["--Supervision:CheckpointEvery", "00:00:01"]);
        using var coordinator = await UserAsync(host, host.AdminPassword, "coord", "coordinator");
        await coordinator.PostAsync("/api/v1/agencies", new { id = "hrss", name = "自治区人力资源和社会保障厅" });
        await coordinator.PostAsync("/api/v1/plans", new { id = "p1", title = "方案", items = new[] { new { @ref = "一", title = "行动", lead = new[] { "hrss" } } } });
        await coordinator.PostAsync("/api/v1/items/p1.1/dispatch");
        while (!Directory.Exists(Path.Combine(DataDirectory, "checkpoints")) || Directory.GetFiles(Path.Combine(DataDirectory, "checkpoints"), "*.json").Length == 0)
        {
            await Task.Delay(100);
        }

        var backup = CliProcess.RunAsync(Environment, "backup", "--to", Archive);
        for (var i = 0; !backup.IsCompleted || i < 3; i++)
        {
            DuringBackup.Add((await coordinator.PostAsync("/api/v1/agencies", new { id = $"a{i}", name = $"单位{i}" })).Status);
        }

        Backup = await backup;
        if (Backup.Exit == 0)
        {
            Manifest = (await BackupRestore.VerifyAsync(Archive, null, CancellationToken.None)).Manifest;
        }

        LogAfter = await LogAsync(coordinator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The whole log as a host serves it: position and hash of every event.</summary>
    public static async Task<List<(long Position, string Hash)>> LogAsync(HttpClient coordinator)
    {
        var export = JsonDocument.Parse(await coordinator.GetStringAsync("/api/v1/trail/export"));
        return [.. export.RootElement.GetProperty("events").EnumerateArray().Select(e => (e.GetProperty("position").GetInt64(), e.GetProperty("hash").GetString()!))];
    }

    /// <summary>The initial admin's password, as the first host wrote it (a restored folder has the admin, not the file).</summary>
    public string AdminPassword => InitialAdmin.Password(DataDirectory);

    /// <summary>Signs in as the initial admin, adds the user and answers a client with a token of theirs.</summary>
    public static async Task<HttpClient> UserAsync(TestHost host, string adminPassword, string username, string role)
    {
        using var admin = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = host.BaseAddress };
        (await admin.PostAsJsonAsync("/api/v1/auth/login", new { username = InitialAdmin.Username, password = adminPassword })).EnsureSuccessStatusCode();
        await admin.PostAsJsonAsync("/api/v1/users", new { username, role, password = "correct-horse-battery" });
        var issued = await admin.PostAsJsonAsync($"/api/v1/users/{username}/tokens", new { name = "backup" });
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        return client;
    }
}
