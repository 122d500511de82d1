using Supervision.Engine.Backup;
using Supervision.Engine.Hosting;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Backup;

/// <summary>
/// <c>backup --store postgres</c>, <c>backup --verify</c> and <c>restore --connection</c> on the real PostgreSQL: the
/// archive restores into an empty database with exactly the events its manifest names, every trail verified there; a
/// flipped byte, a missing file or a foreign manifest is one sentence, exit 2, no folder and an empty database left.
/// </summary>
public sealed class PostgresBackupTests(PostgresBackupWorld world) : IClassFixture<PostgresBackupWorld>
{
    [Fact]
    public void A_postgres_backup_taken_while_the_host_serves_holds_the_dump_keys_and_checkpoints_under_one_manifest()
    {
        Assert.True(world.Backup.Exit == 0, world.Backup.Err);
        Assert.All(world.DuringBackup, status => Assert.Equal(201, status));
        Assert.Equal(StoreSetup.Postgres, world.Manifest.Store);
        Assert.Contains(world.Manifest.Files, f => f.Path == "supervision.dump");
        Assert.Contains(world.Manifest.Files, f => f.Path.StartsWith("keys/", StringComparison.Ordinal));
        Assert.NotNull(world.Manifest.Checkpoint);
        Assert.StartsWith("log:", world.Manifest.Installation, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(world.Folder, ".*"));
    }

    [Fact]
    public async Task It_restores_into_an_empty_database_with_exactly_the_events_the_manifest_names()
    {
        var database = await PrivatePostgres.CreateDatabaseAsync("pgrestore");
        var target = Path.Combine(world.Folder, "restored");

        var restored = await CliProcess.RunAsync(null, "restore", world.Archive, "--to", target, "--connection", database);

        Assert.True(restored.Exit == 0, restored.Err);
        Assert.Contains("Intact", restored.Out, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(target, "keys")));
        Assert.False(File.Exists(Path.Combine(target, "supervision.dump")));
        await using var store = StoreSetup.Create(StoreSetup.Postgres, database);
        await store.InitializeAsync();
        var log = (await store.Log.ReadLogAsync()).Select(e => (e.Position, e.Hash)).ToList();
        Assert.Equal(world.LogAfter.Where(e => e.Position <= world.Manifest.Log.Position), log);
        Assert.Equal(world.Manifest.Log.Position, log[^1].Position);
    }

    [Fact]
    public async Task Verify_checks_the_files_alone_and_says_so_or_every_trail_in_an_empty_database_it_leaves_empty()
    {
        var database = await PrivatePostgres.CreateDatabaseAsync("pgverify");

        var files = await CliProcess.RunAsync(null, "backup", "--verify", world.Archive);
        var trails = await CliProcess.RunAsync(null, "backup", "--verify", world.Archive, "--connection", database);

        Assert.True((files.Exit, trails.Exit) == (0, 0), files.Err + trails.Err);
        Assert.Contains("Files intact", files.Out, StringComparison.Ordinal);
        Assert.Contains("--connection", files.Out, StringComparison.Ordinal);
        Assert.Matches(@"Intact: \d+ files, [1-9]\d* events", trails.Out);
        await PostgresRestore.EnsureEmptyAsync(database, CancellationToken.None);
    }

    public static TheoryData<string, string> Damaged => new()
    {
        { "flipped", "" },
        { "missing", "is missing from it" },
        { "foreign", "another installation" },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public async Task A_damaged_or_foreign_archive_is_refused_with_one_sentence_and_nothing_left_in_the_folder_or_the_database(string kind, string sentence)
    {
        var folder = Directory.CreateTempSubdirectory("supervision-pg-bad-").FullName;
        var database = await PrivatePostgres.CreateDatabaseAsync("pgbad");
        var archive = kind switch
        {
            "flipped" => ArchiveCopies.FlipByte(world.Archive, folder),
            "missing" => ArchiveCopies.Without(world.Archive, "keys/", folder),
            _ => ArchiveCopies.Foreign(world.Archive, folder),
        };

        var restored = await CliProcess.RunAsync(null, "restore", archive, "--to", Path.Combine(folder, "restored"), "--connection", database);

        Assert.Equal(2, restored.Exit);
        var last = restored.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith($"The archive {Path.GetFileName(archive)} is refused: ", last, StringComparison.Ordinal);
        Assert.Contains(sentence, last, StringComparison.Ordinal);
        Assert.Equal([archive], Directory.GetFileSystemEntries(folder));
        await PostgresRestore.EnsureEmptyAsync(database, CancellationToken.None);
    }

    [Fact]
    public async Task A_postgres_archive_restored_without_a_database_is_refused_with_what_to_give()
    {
        var target = Path.Combine(world.Folder, "no-database");

        var (exit, _, err) = await CliProcess.RunAsync(null, "restore", world.Archive, "--to", target);

        Assert.Equal(2, exit);
        Assert.Contains("give --connection", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }
}
