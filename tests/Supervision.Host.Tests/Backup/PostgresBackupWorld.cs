using Supervision.Engine.Backup;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Backup;

/// <summary>
/// One installation on the private PostgreSQL (agencies, a dispatched plan, signed checkpoints); one archive of it taken
/// by <c>backup --store postgres</c>, in its own process, while the host took commands; and the whole log served after.
/// </summary>
public sealed class PostgresBackupWorld : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("supervision-pg-archives-").FullName;

    public string Archive => Path.Combine(Folder, "backup.tar.gz");

    public string Database { get; private set; } = "";

    public string DataDirectory { get; private set; } = "";

    public (int Exit, string Out, string Err) Backup { get; private set; }

    public List<int> DuringBackup { get; } = [];

    public BackupManifest Manifest { get; private set; } = null!;

    public List<(long Position, string Hash)> LogAfter { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Database = await PrivatePostgres.CreateDatabaseAsync("pgbackup");
        await using var host = new OwnHost(null, "--Supervision:Store", "postgres", "--Supervision:Postgres", Database, "--Supervision:CheckpointEvery", "00:00:01");
        DataDirectory = host.DataDirectory;
        await host.StartAsync();
        using var coordinator = await host.UserAsync("coord", "coordinator", null);
        await coordinator.PostAsync("/api/v1/agencies", new { id = "hrss", name = "自治区人力资源和社会保障厅" });
        await coordinator.PostAsync("/api/v1/plans", new { id = "p1", title = "方案", items = new[] { new { @ref = "一", title = "行动", lead = new[] { "hrss" } } } });
        await coordinator.PostAsync("/api/v1/items/p1.1/dispatch");
        while (!Directory.Exists(Path.Combine(DataDirectory, "checkpoints")) || Directory.GetFiles(Path.Combine(DataDirectory, "checkpoints"), "*.json").Length == 0)
        {
            await Task.Delay(100);
        }

        var environment = new Dictionary<string, string> { ["SUPERVISION__DATADIRECTORY"] = DataDirectory, ["SUPERVISION__POSTGRES"] = Database };
        var backup = CliProcess.RunAsync(environment, "backup", "--store", "postgres", "--to", Archive);
        for (var i = 0; !backup.IsCompleted || i < 3; i++)
        {
            DuringBackup.Add((await coordinator.PostAsync("/api/v1/agencies", new { id = $"a{i}", name = $"单位{i}" })).Status);
        }

        Backup = await backup;
        if (Backup.Exit == 0)
        {
            Manifest = (await BackupRestore.VerifyAsync(Archive, null, CancellationToken.None)).Manifest;
        }

        LogAfter = await BackupWorld.LogAsync(coordinator);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
