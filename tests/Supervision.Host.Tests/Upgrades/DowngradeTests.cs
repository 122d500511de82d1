using Microsoft.Data.Sqlite;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Upgrades;

/// <summary>Migrations are forward-only: a data folder written by a newer version stops the host and the verbs with one sentence, exit 2, and is left as it was.</summary>
public sealed class DowngradeTests
{
    [Fact]
    public async Task A_database_newer_than_the_code_stops_the_host_and_a_verb_with_a_sentence_and_exit_2()
    {
        var data = Directory.CreateTempSubdirectory("downgrade-").FullName;
        var env = new Dictionary<string, string> { ["SUPERVISION__DATADIRECTORY"] = data };
        Assert.Equal(0, (await CliProcess.RunAsync(env, "users", "list")).Exit);
        RecordFutureMigration(Path.Combine(data, "supervision.db"));

        var verb = await CliProcess.RunAsync(env, "users", "list");
        var host = await CliProcess.RunAsync(env, "--urls", "http://127.0.0.1:0");

        foreach (var (exit, _, err) in new[] { verb, host })
        {
            Assert.Equal(2, exit);
            Assert.Contains("written by a newer version of Supervision", err, StringComparison.Ordinal);
            Assert.Contains("app 9999 'from a later version'", err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        }

        Assert.Equal(1L, Scalar(Path.Combine(data, "supervision.db"), "SELECT COUNT(*) FROM schema_migrations WHERE version = 9999"));
    }

    private static void RecordFutureMigration(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO schema_migrations (scope, version, name, applied_at) VALUES ('app', 9999, 'from a later version', '2030-01-01T00:00:00Z');";
        insert.ExecuteNonQuery();
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
