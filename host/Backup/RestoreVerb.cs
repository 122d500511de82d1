using System.CommandLine;
using Supervision.Engine.Backup;

namespace Supervision.Host.Backup;

/// <summary>
/// <c>restore FILE --to DIR</c>: unpacks a backup beside DIR, checks every file against the manifest and verifies every
/// trail and checkpoint, and only then renames it to DIR (which must be missing or empty). Exit 2 with one sentence,
/// and nothing left behind, when the archive or the target cannot be used.
/// </summary>
public static class RestoreVerb
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "An archive written by `backup --to`." };
        var to = new Option<DirectoryInfo>("--to") { Description = "The data folder to create (missing or empty).", Required = true };
        var connection = new Option<string?>("--connection") { Description = "A PostgreSQL backup: the empty database to restore its store into (pg_restore); its files go to --to." };
        var command = new Command("restore", "Restore a backup into a new data folder (and a PostgreSQL backup's store into an empty database), after checking every file, trail and checkpoint in it.")
        {
            file, to, connection,
        };
        command.SetAction(async (parse, ct) => await BackupVerb.RefusalsAsync(async () =>
        {
            var progress = BackupProgress.ForConsole();
            var outcome = await BackupRestore.RestoreAsync(parse.GetValue(file)!.FullName, parse.GetValue(to)!.FullName, progress, ct, parse.GetValue(connection));
            progress.Finish();
            Console.WriteLine(BackupVerb.Describe(outcome));
            Console.WriteLine(parse.GetValue(to)!.FullName);
            return 0;
        }));
        return command;
    }
}
