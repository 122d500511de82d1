using System.Net;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Postgres;

/// <summary>
/// <c>migrate --to postgres</c> on a real embedded installation: users, tokens, a dispatched and acknowledged item, a
/// signed checkpoint; moved into an empty PostgreSQL database, then served from it by a host on <c>Supervision:Store=postgres</c>.
/// </summary>
public sealed class MigrateTests
{
    [Fact]
    public async Task An_embedded_installation_moves_with_its_trails_users_and_checkpoints_and_a_second_move_is_refused()
    {
        var embedded = new HostFixture();
        await embedded.InitializeAsync();
        var w = await ApiWorld.CreateAsync(embedded);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        await embedded.DisposeAsync();
        var env = new Dictionary<string, string> { ["SUPERVISION__DATADIRECTORY"] = embedded.DataDirectory };
        var checkpoint = (await CliProcess.RunAsync(env, "checkpoint")).Out.Trim().Split('\n')[^1];
        var target = await PrivatePostgres.CreateDatabaseAsync("move");

        var (exit, output, progress) = await CliProcess.RunAsync(env, "migrate", "--to", "postgres", "--connection", target);
        var (again, _, refusal) = await CliProcess.RunAsync(env, "migrate", "--to", "postgres", "--connection", target);

        Assert.True(exit == 0, $"{output}\n{progress}");
        Assert.Contains("events:", progress, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]\d* checkpoints hold", output);
        Assert.Equal(1, again);
        Assert.Contains("not empty", refusal, StringComparison.Ordinal);

        // The moved installation serves the same people (their tokens moved) and the same trail, which holds against the old checkpoint.
        await using var moved = new OwnHost(embedded.DataDirectory, "--Supervision:Store", "postgres", "--Supervision:Postgres", target);
        await moved.StartAsync();
        using var lead = moved.Client(w.LeadUser.DefaultRequestHeaders.Authorization!.Parameter);
        var assignment = await lead.GetAsync($"/api/v1/assignments/{w.LeadAssignment}");
        var export = Path.Combine(embedded.DataDirectory, "moved-trail.json");
        using var inspector = await moved.UserAsync("insp-moved", "inspector", null);
        await File.WriteAllTextAsync(export, await inspector.GetStringAsync("/api/v1/trail/export"));
        var verified = await CliProcess.RunAsync(null, "verify-trail", export, "--checkpoint", checkpoint);

        Assert.Equal(HttpStatusCode.OK, assignment.StatusCode);
        Assert.Contains("张三", await assignment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(verified.Exit == 0, verified.Out + verified.Err);
    }
}
