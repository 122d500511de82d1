using System.Diagnostics;
using Npgsql;

namespace Supervision.Engine.Backup;

/// <summary>
/// PostgreSQL's own client programs (<c>pg_dump</c>, <c>pg_restore</c>): found on PATH (Debian's wrapper picks the
/// server's version) or else in the newest <c>/usr/lib/postgresql/*/bin</c>, and given the connection through libpq's
/// variables, so no password appears on a command line.
/// </summary>
internal static class PgTools
{
    public static string Find(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool));
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(v => int.TryParse(Path.GetFileName(v), out var n) ? n : 0).Select(v => Path.Combine(v, "bin", tool))
            : [];
        return onPath.Concat(debian).FirstOrDefault(File.Exists)
            ?? throw new BackupRefusedException($"{tool} was not found on PATH or in /usr/lib/postgresql/*/bin: install PostgreSQL's client programs (apt-get install postgresql-client) to back up or restore a PostgreSQL store.");
    }

    /// <summary>Runs <paramref name="tool"/> against the database of <paramref name="connection"/> (or none); a failure is one sentence with its last error line.</summary>
    public static async Task RunAsync(string tool, string? connection, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (connection is not null)
        {
            var given = new NpgsqlConnectionStringBuilder(connection);
            Set(start, "PGHOST", given.Host);
            Set(start, "PGPORT", given.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Set(start, "PGDATABASE", given.Database);
            Set(start, "PGUSER", given.Username);
            Set(start, "PGPASSWORD", given.Password);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await output;
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var last = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";
            throw new BackupRefusedException($"{Path.GetFileName(tool)} failed (exit {process.ExitCode}): {last}");
        }
    }

    private static void Set(ProcessStartInfo start, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            start.Environment[name] = value;
        }
    }
}
