using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.ReadModel;

namespace Supervision.Engine.Tests.ReadModel;

/// <summary>
/// Existing databases record each read-model migration by version and name, and ran its SQL: moving a migration into
/// its feature's folder must keep all three exactly, or an installation would run a table's creation twice or not at all.
/// </summary>
public sealed class ReadModelMigrationsTests
{
    [Fact]
    public void The_migrations_keep_their_versions_names_and_sql_wherever_they_are_declared()
    {
        // Later migrations are added freely; these are in databases already.
        var all = ReadModelMigrations.All.Where(m => m.Version <= LastRecorded).OrderBy(m => m.Version).ToList();
        var text = string.Join("\n\u0001\n", all.Select(m => $"{m.Version}|{m.Name}|{m.Sql}"));

        Assert.Equal(all.Count, all.Select(m => m.Version).Distinct().Count());
        Assert.Equal(Recorded, string.Join(", ", all.Select(m => $"{m.Version} {m.Name}")));
        Assert.Equal(SqlHash, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    private const int LastRecorded = 420;

    private const string Recorded =
        "100 agencies, 101 plans and items, 102 assignments, 103 users and tokens, 104 idempotency, 110 import drafts, 120 reactions, 121 obligations, 130 events by idempotency key, 140 import draft content hash, 150 obligation ladder, 190 notices, 300 campaigns and findings, 310 major issues, 320 evaluations, 400 cluster safety, 410 shared keys, 420 attachments by upload";

    private const string SqlHash = "0a334ea6f50dfcec62412bbac9dc8c9a11105e1472d59829ded49b23090f3193";
}
