using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Assignments;
using Supervision.Engine.Idempotency;
using Supervision.Engine.Trail;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>
/// A keyed move in one commit whose host stopped after the grain's commit and before the HTTP answer: the key's row was
/// written with the event, so the retry after a restart gets that answer, byte for byte, and records nothing.
/// </summary>
public sealed class OneCommitCrashTests
{
    private const string Path = "/api/v1/assignments/p1.1~hrss/reports";
    private const string Body = """{"narrative":"一季度进展"}""";

    [Fact]
    public async Task A_keyed_move_committed_but_never_answered_is_answered_after_a_restart_with_the_stored_bytes_and_no_second_event()
    {
        await using var host = new OwnHost();
        IServiceProvider? services = null;
        await host.StartAsync(app => services = app.Services);
        using var agency = await CrashReplayTests.AcknowledgedAsync(host);

        // What the host does for a keyed move, up to the grain's commit; then it stops and never answers.
        var user = await ScalarAsync(host, "SELECT id FROM users WHERE username = 'li'");
        var call = new KeyedCall(user, "report-q1", Hash("POST", Path, Body), "a-host-that-stopped");
        call.Enter();
        try
        {
            await services!.GetRequiredService<IGrainFactory>().GetGrain<IAssignmentGrain>("p1.1~hrss")
                .SubmitReportAsync("一季度进展", [], new Actor(user, "agency", "hrss"), call.CorrelationId);
        }
        finally
        {
            KeyedCall.Leave();
        }

        await host.StopAsync();
        var stored = await ScalarAsync(host, "SELECT body FROM idempotency WHERE idem_key = 'report-q1' AND status_code = 200");
        await host.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", "report-q1");
        using var retried = await agency.SendAsync(request);
        var (_, assignment) = await agency.GetJsonAsync("/api/v1/assignments/p1.1~hrss");

        Assert.Equal(200, (int)retried.StatusCode);
        Assert.True(retried.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Single() == "true");
        Assert.Equal(stored, await retried.Content.ReadAsStringAsync());
        Assert.Equal(1, assignment.GetProperty("report_count").GetInt32());
    }

    // The request hash as the host computes it: method, path and query, then the body's bytes.
    private static string Hash(string method, string path, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{method} {path}\n{body}")));

    private static async Task<string> ScalarAsync(OwnHost host, string sql)
    {
        await using var db = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No row for: {sql}"));
    }
}
