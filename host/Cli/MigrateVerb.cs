using System.CommandLine;
using Npgsql;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail.Moving;

namespace Supervision.Host.Cli;

/// <summary>
/// <c>migrate --to postgres --connection "…"</c>: moves the embedded installation (the data folder's SQLite file) into an
/// empty PostgreSQL database, showing progress on stderr, and proves the move (log verified, heads equal, every signed
/// checkpoint holds). Exit 0 when moved, 1 when refused or not proven, 2 for wrong arguments.
/// </summary>
public static class MigrateVerb
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "The store to move to: postgres.", Required = true };
        var connection = new Option<string>("--connection") { Description = "The Npgsql connection string of an empty PostgreSQL database.", Required = true };
        var command = new Command("migrate", "Move the embedded (SQLite) installation into an empty PostgreSQL database with every trail intact; stop the host first.")
        {
            to, connection,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(to) != "postgres")
            {
                await Console.Error.WriteLineAsync($"--to must be postgres (was '{parse.GetValue(to)}').");
                return 2;
            }

            var options = CliStore.Settings();
            var checkpoints = Directory.Exists(options.CheckpointDirectory)
                ? Directory.GetFiles(options.CheckpointDirectory, "checkpoint-*.json").Order(StringComparer.Ordinal).ToList()
                : [];
            try
            {
                var move = new StoreMove(options.DatabasePath, parse.GetValue(connection)!, ReadModelMigrations.All, new Synchronous(Console.Error));
                var report = await move.RunAsync(checkpoints, ct);
                Console.WriteLine(
                    $"已迁移 moved: {report.Rows.Values.Sum()} rows in {report.Rows.Count} tables; {report.Events} events in {report.Streams} streams verified; " +
                    $"{report.Checkpoints} checkpoints hold. Now set Supervision:Store=postgres and Supervision:Postgres.");
                return 0;
            }
            catch (StoreMoveException e)
            {
                await Console.Error.WriteLineAsync($"未迁移 not moved: {e.Message}");
                return 1;
            }
            catch (Exception e) when (e is NpgsqlException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"未迁移 not moved: PostgreSQL could not be used ({e.Message}).");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Progress written at once, in order (<see cref="Progress{T}"/> would post it to the thread pool).</summary>
    private sealed class Synchronous(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine($"迁移 moving {value}");
    }
}
