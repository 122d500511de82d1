using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Backup;

/// <summary><c>backup --store postgres</c> without a database it can use: one sentence, exit 2, no archive.</summary>
public sealed class PostgresBackupRefusalTests
{
    [Fact]
    public async Task A_postgres_backup_without_a_database_or_with_one_that_cannot_be_reached_is_one_sentence_and_no_archive()
    {
        var folder = Directory.CreateTempSubdirectory("supervision-pg-refused-").FullName;
        var environment = new Dictionary<string, string> { ["SUPERVISION__DATADIRECTORY"] = folder };
        var archive = Path.Combine(folder, "backup.tar.gz");

        var unnamed = await CliProcess.RunAsync(environment, "backup", "--store", "postgres", "--to", archive);
        var unreachable = await CliProcess.RunAsync(environment, "backup", "--store", "postgres", "--to", archive,
            "--connection", $"Host=127.0.0.1;Port={FreePort.Next()};Database=none;Username=postgres;Timeout=3");

        Assert.Equal((2, 2), (unnamed.Exit, unreachable.Exit));
        Assert.Contains("needs the database", unnamed.Err, StringComparison.Ordinal);
        Assert.Contains("cannot be read", unreachable.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(archive));
        Assert.Empty(Directory.GetFileSystemEntries(folder, "*backup*"));
    }
}
