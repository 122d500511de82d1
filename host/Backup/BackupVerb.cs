using System.CommandLine;
using Supervision.Engine.Backup;
using Supervision.Engine.Hosting;
using Supervision.Host.Cli;

namespace Supervision.Host.Backup;

/// <summary>
/// <c>backup --to FILE</c>: one archive of the embedded store and the data folder's keys, checkpoints and attachments,
/// taken while the host may be serving; <c>backup --verify FILE</c>: every check of a restore, restoring nothing.
/// Exit 0 when done, 2 with one sentence when the target or the archive cannot be used.
/// </summary>
public static class BackupVerb
{
    public static Command Create()
    {
        var to = new Option<FileInfo?>("--to") { Description = "The archive to write (a new file; a gzip'd tar with manifest.json last)." };
        var verify = new Option<FileInfo?>("--verify") { Description = "Check an archive as restore would (every file's SHA-256, every trail and checkpoint), restoring nothing." };
        var command = new Command("backup", "Archive the data folder's store (SQLite's online backup, while the host serves), keys, checkpoints and attachments; or --verify an archive.")
        {
            to, verify,
        };
        command.SetAction(async (parse, ct) => (parse.GetValue(to), parse.GetValue(verify)) switch
        {
            ({ } file, null) => await RefusalsAsync(() => WriteAsync(file.FullName, ct)),
            (null, { } file) => await RefusalsAsync(() => VerifyAsync(file.FullName, ct)),
            _ => await FailAsync("Give either --to FILE (write a backup) or --verify FILE (check one)."),
        });
        return command;
    }

    private static async Task<int> WriteAsync(string file, CancellationToken ct)
    {
        var options = CliStore.Settings();
        if (options.Store != StoreSetup.Sqlite)
        {
            return await FailAsync("This installation's store is PostgreSQL: back it up with pg_dump as the README says; `backup` archives the embedded store.");
        }

        var progress = BackupProgress.ForConsole();
        var manifest = await new BackupWriter(options.DataDirectory, TimeProvider.System).WriteAsync(file, progress, ct);
        progress.Finish();
        BackupStatus.RecordSuccess(options.DataDirectory, manifest.CreatedAt, Path.GetFullPath(file), manifest.Log.Position);
        Console.WriteLine($"备份完成 Backup written: position {manifest.Log.Position}, {manifest.Log.Streams} streams, {manifest.Files.Count} files");
        Console.WriteLine(file);
        return 0;
    }

    private static async Task<int> VerifyAsync(string file, CancellationToken ct)
    {
        var progress = BackupProgress.ForConsole();
        var outcome = await BackupRestore.VerifyAsync(file, progress, ct);
        progress.Finish();
        Console.WriteLine(Describe(outcome));
        return 0;
    }

    public static string Describe(BackupRestore.Outcome outcome) =>
        $"完好 Intact: {outcome.Manifest.Files.Count} files, {outcome.Events} events in {outcome.Streams} streams verified, {outcome.Checkpoints} checkpoints hold; installation {outcome.Manifest.Installation}, taken {outcome.Manifest.CreatedAt:u}";

    /// <summary>Runs a backup step; a refused archive or target, or a file the system will not let us write, is one sentence and exit 2.</summary>
    public static async Task<int> RefusalsAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (BackupRefusedException e)
        {
            return await FailAsync(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await FailAsync($"无法读写 Cannot read or write: {e.Message}");
        }
    }

    private static async Task<int> FailAsync(string sentence)
    {
        await Console.Error.WriteLineAsync();
        await Console.Error.WriteLineAsync(sentence);
        return 2;
    }
}
