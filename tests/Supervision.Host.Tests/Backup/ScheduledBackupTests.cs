using Supervision.Engine.Backup;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Backup;

/// <summary>Scheduled backups: taken on the cron, the oldest beyond Keep removed, the last success recorded for the metrics; a failure logged and recorded.</summary>
public sealed class ScheduledBackupTests
{
    [Fact]
    public async Task Scheduled_backups_keep_the_newest_archives_each_one_verified_and_record_the_last_success()
    {
        var data = Directory.CreateTempSubdirectory("supervision-scheduled-").FullName;
        var folder = Directory.CreateTempSubdirectory("supervision-scheduled-archives-").FullName;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await using (await TestHost.StartAsync(data, ["--Supervision:Backup:Cron", "* * * * * ?", "--Supervision:Backup:Keep", "2", "--Supervision:Backup:Directory", folder]))
        {
            while (seen.Count < 3)
            {
                if (BackupStatus.Read(data).LastSuccessFile is { } file)
                {
                    seen.Add(file);
                }

                await Task.Delay(200);
            }
        }

        var status = BackupStatus.Read(data);
        var kept = Directory.GetFiles(folder, "supervision-*.tar.gz").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, kept.Count);
        Assert.Equal(kept[^1], status.LastSuccessFile);
        Assert.Null(status.LastFailure);
        var newest = await BackupRestore.VerifyAsync(kept[^1], null, CancellationToken.None);
        Assert.Equal(newest.Manifest.Log.Position, status.LastSuccessPosition);
    }

    [Fact]
    public async Task A_scheduled_backup_that_cannot_be_written_is_logged_and_recorded_as_failed()
    {
        var data = Directory.CreateTempSubdirectory("supervision-scheduled-").FullName;
        var file = Path.Combine(data, "not-a-folder");
        await File.WriteAllTextAsync(file, "");
        await using (await TestHost.StartAsync(data, ["--Supervision:Backup:Cron", "* * * * * ?", "--Supervision:Backup:Directory", Path.Combine(file, "backups")]))
        {
            while (BackupStatus.Read(data).LastFailure is null)
            {
                await Task.Delay(200);
            }
        }

        var status = BackupStatus.Read(data);
        Assert.Null(status.LastSuccessAt);
        Assert.NotNull(status.LastFailureAt);
        Assert.Equal(BackupFailure.WriteFailed, status.LastFailureCode);
        var logs = Directory.GetFiles(Path.Combine(data, "logs")).Select(f => ReadShared(f));
        Assert.Contains(logs, text => text.Contains("Scheduled backup to", StringComparison.Ordinal) && text.Contains("failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cron_that_is_not_one_stops_the_host_with_a_sentence_naming_the_setting()
    {
        var env = new Dictionary<string, string> { ["SUPERVISION__DATADIRECTORY"] = Directory.CreateTempSubdirectory("cli-backup-").FullName };

        var (exit, _, err) = await CliProcess.RunAsync(env, "--urls", "http://127.0.0.1:0", "--Supervision:Backup:Cron=every weekday");

        Assert.Equal(2, exit);
        Assert.Contains("Supervision:Backup:Cron", err, StringComparison.Ordinal);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }
}
