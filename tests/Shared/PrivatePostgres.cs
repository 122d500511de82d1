using System.Diagnostics;
using Npgsql;

namespace Supervision.Tests.Shared;

/// <summary>
/// The private PostgreSQL of <c>tests/postgres/server.sh</c>: the one <c>test.sh</c> started (its Npgsql connection
/// string in <c>SUPERVISION_TEST_POSTGRES</c>), or, when the tests run alone, one started here on first use and stopped
/// when the test process ends. Each caller gets a fresh database of its own on that server.
/// </summary>
public static class PrivatePostgres
{
    public const string Variable = "SUPERVISION_TEST_POSTGRES";
    private static readonly Lazy<string> Server = new(StartOrFind, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server's own database ("supervision"): for the yardstick that writes beside the store.</summary>
    public static string ServerConnection => Server.Value;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"{new string([.. purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(20)])}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(Server.Value))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name }.ConnectionString;
    }

    private static string StartOrFind()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return given;
        }

        var script = Script();
        var folder = Path.Combine(Path.GetTempPath(), $"supervision-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("/bin/bash", [script, "start", folder, $"{Environment.ProcessId}"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not run {script}");
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: {Variable} is not set and {script} could not start one ({errors.Trim()}). " +
                "Run ./test.sh (it installs postgresql when missing), or apt-get install postgresql.");
        }

        // The script stops the server once this process has ended, however it ends.
        return output.Trim();
    }

    private static string Script()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "postgres", "server.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{Variable} is not set and tests/postgres/server.sh was not found above {AppContext.BaseDirectory}.");
    }
}
