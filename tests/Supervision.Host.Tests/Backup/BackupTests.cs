using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Backup;

/// <summary>
/// <c>backup</c>, <c>backup --verify</c> and <c>restore</c> as an operator runs them: a backup taken while the host
/// serves restores into an empty folder on which a host starts with the same events, every trail verified; a damaged,
/// cut or foreign archive, or an unusable target, is one sentence, exit 2 and nothing left behind.
/// </summary>
public sealed class BackupTests(BackupWorld world) : IClassFixture<BackupWorld>
{
    [Fact]
    public void A_backup_taken_while_the_host_serves_keeps_every_command_answered()
    {
        Assert.True(world.Backup.Exit == 0, world.Backup.Err);
        Assert.All(world.DuringBackup, status => Assert.Equal(201, status));
        Assert.Contains(world.Manifest.Files, f => f.Path == "supervision.db");
        Assert.Contains(world.Manifest.Files, f => f.Path.StartsWith("keys/", StringComparison.Ordinal));
        Assert.NotNull(world.Manifest.Checkpoint);
        Assert.Empty(Directory.GetFileSystemEntries(world.Folder, ".*"));
    }

    [Fact]
    public async Task A_restored_folder_opens_with_exactly_the_events_the_manifest_names_every_trail_verified()
    {
        var target = Path.Combine(world.Folder, "restored");

        var restored = await CliProcess.RunAsync(null, "restore", world.Archive, "--to", target);

        Assert.True(restored.Exit == 0, restored.Err);
        Assert.Contains("Intact", restored.Out, StringComparison.Ordinal);
        await using var host = await TestHost.StartAsync(target);
        using var coordinator = await BackupWorld.UserAsync(host, world.AdminPassword, "coord2", "coordinator");
        var log = await BackupWorld.LogAsync(coordinator);
        var named = world.LogAfter.Where(e => e.Position <= world.Manifest.Log.Position).ToList();
        Assert.Equal(named, log.Where(e => e.Position <= world.Manifest.Log.Position));
        Assert.Equal(world.Manifest.Log.Position, named[^1].Position);
        var export = await coordinator.GetStringAsync("/api/v1/trail/export");
        var (_, verdict) = await coordinator.PostAsync("/api/v1/trails/verify", export);
        Assert.True(verdict.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Verify_says_an_intact_archive_is_intact_and_restores_nothing()
    {
        var (exit, output, _) = await CliProcess.RunAsync(null, "backup", "--verify", world.Archive);

        Assert.Equal(0, exit);
        Assert.Contains($"installation {world.Manifest.Installation}", output, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Damaged => new()
    {
        { "flipped", "" },
        { "truncated", "" },
        { "foreign", "another installation" },
        { "not a backup", "not a Supervision backup" },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public async Task A_damaged_cut_or_foreign_archive_is_refused_with_one_sentence_and_nothing_left(string kind, string sentence)
    {
        var folder = Directory.CreateTempSubdirectory("supervision-bad-").FullName;
        var archive = kind switch
        {
            "flipped" => ArchiveCopies.FlipByte(world.Archive, folder),
            "truncated" => ArchiveCopies.Truncate(world.Archive, folder),
            "foreign" => ArchiveCopies.Foreign(world.Archive, folder),
            _ => ArchiveCopies.NotABackup(folder),
        };
        var target = Path.Combine(folder, "restored");

        var restored = await CliProcess.RunAsync(null, "restore", archive, "--to", target);
        var verified = await CliProcess.RunAsync(null, "backup", "--verify", archive);

        Assert.Equal((2, 2), (restored.Exit, verified.Exit));
        var last = restored.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith($"The archive {Path.GetFileName(archive)} is refused: ", last, StringComparison.Ordinal);
        Assert.Contains(sentence, last, StringComparison.Ordinal);
        Assert.Equal([archive], Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task A_restore_into_a_folder_that_holds_anything_is_refused()
    {
        var target = Directory.CreateTempSubdirectory("supervision-full-").FullName;
        await File.WriteAllTextAsync(Path.Combine(target, "notes.txt"), "keep me");

        var (exit, _, err) = await CliProcess.RunAsync(null, "restore", world.Archive, "--to", target);

        Assert.Equal(2, exit);
        Assert.Contains("is not an empty folder", err, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(target, "notes.txt")], Directory.GetFileSystemEntries(target));
    }

    [Fact]
    public async Task A_target_that_cannot_be_written_and_an_existing_backup_file_are_refused()
    {
        var file = Path.Combine(world.Folder, "a-file");
        await File.WriteAllTextAsync(file, "");

        var restored = await CliProcess.RunAsync(null, "restore", world.Archive, "--to", Path.Combine(file, "restored"));
        var overwritten = await CliProcess.RunAsync(world.Environment, "backup", "--to", world.Archive);
        var neither = await CliProcess.RunAsync(world.Environment, "backup");

        Assert.Equal((2, 2, 2), (restored.Exit, overwritten.Exit, neither.Exit));
        Assert.Contains("Cannot write beside the target", restored.Err, StringComparison.Ordinal);
        Assert.Contains("already exists", overwritten.Err, StringComparison.Ordinal);
        Assert.Contains("--verify", neither.Err, StringComparison.Ordinal);
    }
}
