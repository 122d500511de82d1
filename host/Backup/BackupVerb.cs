using System.CommandLine;
using Supervision.Engine.Backup;
using Supervision.Engine.Hosting;
using Supervision.Host.Cli;

namespace Supervision.Host.Backup;

/// <summary>
/// <c>backup --to FILE</c>: one archive of the store (the embedded store, or <c>--store postgres</c>: a pg_dump) and the
/// data folder's keys, checkpoints and attachments, taken while the host may be serving; <c>backup --verify FILE</c>:
/// every check of a restore, restoring nothing.
/// Exit 0 when done, 2 with one sentence when the target or the archive cannot be used.
/// </summary>
public static class BackupVerb
{
    public static Command Create()
    {
        var to = new Option<FileInfo?>("--to") { Description = "The archive to write (a new file; a gzip'd tar with manifest.json last)." };
        var verify = new Option<FileInfo?>("--verify") { Description = "Check an archive as restore would (every file's SHA-256, every trail and checkpoint), restoring nothing." };
        var store = new Option<string?>("--store") { Description = "The store to back up: sqlite (the embedded store) or postgres (pg_dump of Supervision:Postgres); the configured Supervision:Store by default." };
        store.AcceptOnlyFromAmong(StoreSetup.Sqlite, StoreSetup.Postgres);
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL: with --to, the database to dump (Supervision:Postgres by default); with --verify, an empty database to load the dump into and verify every trail there (emptied again)." };
        var command = new Command("backup", "Archive the store (SQLite's online backup or pg_dump, while the host serves), keys, checkpoints and attachments; or --verify an archive.")
        {
            to, verify, store, connection,
        };
        command.SetAction(async (parse, ct) => (parse.GetValue(to), parse.GetValue(verify)) switch
        {
            ({ } file, null) => await RefusalsAsync(() => WriteAsync(file.FullName, parse.GetValue(store), parse.GetValue(connection), ct)),
            (null, { } file) => await RefusalsAsync(() => VerifyAsync(file.FullName, parse.GetValue(connection), ct)),
            _ => await FailAsync("Give either --to FILE (write a backup) or --verify FILE (check one)."),
        });
        return command;
    }

    private static async Task<int> WriteAsync(string file, string? store, string? connection, CancellationToken ct)
    {
        var options = CliStore.Settings();
        var postgres = connection ?? options.Postgres;
        if ((store ?? options.Store) == StoreSetup.Postgres && string.IsNullOrWhiteSpace(postgres))
        {
            return await FailAsync("A PostgreSQL backup needs the database: set Supervision:Postgres (SUPERVISION__POSTGRES) or give --connection.");
        }

        var progress = BackupProgress.ForConsole();
        var manifest = (store ?? options.Store) == StoreSetup.Postgres
            ? await new PostgresBackupWriter(postgres!, options.DataDirectory, TimeProvider.System).WriteAsync(file, progress, ct)
            : await new BackupWriter(options.DataDirectory, TimeProvider.System).WriteAsync(file, progress, ct);
        progress.Finish();
        BackupStatus.RecordSuccess(options.DataDirectory, manifest.CreatedAt, Path.GetFullPath(file), manifest.Log.Position);
        Console.WriteLine($"备份完成 Backup written: position {manifest.Log.Position}, {manifest.Log.Streams} streams, {manifest.Files.Count} files");
        Console.WriteLine(file);
        return 0;
    }

    private static async Task<int> VerifyAsync(string file, string? connection, CancellationToken ct)
    {
        var progress = BackupProgress.ForConsole();
        var outcome = await BackupRestore.VerifyAsync(file, progress, ct, connection);
        progress.Finish();
        Console.WriteLine(Describe(outcome));
        return 0;
    }

    public static string Describe(BackupRestore.Outcome outcome) => outcome.StoreUnchecked is { } why
        ? $"文件完好 Files intact: {outcome.Manifest.Files.Count} files match the manifest; {why} (installation {outcome.Manifest.Installation}, position {outcome.Manifest.Log.Position}, taken {outcome.Manifest.CreatedAt:u})"
        : $"完好 Intact: {outcome.Manifest.Files.Count} files, {outcome.Events} events in {outcome.Streams} streams verified, {outcome.Checkpoints} checkpoints hold; installation {outcome.Manifest.Installation}, taken {outcome.Manifest.CreatedAt:u}";

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
