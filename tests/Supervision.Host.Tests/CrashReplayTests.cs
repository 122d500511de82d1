using Microsoft.Data.Sqlite;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>
/// A command recorded in the trail whose answer was lost (the host stopped between the event and the stored answer),
/// sent again with the same key after a restart, is answered as the replay it is, without a second event.
/// </summary>
public sealed class CrashReplayTests
{
    [Fact]
    public async Task A_command_recorded_but_not_answered_is_replayed_after_a_restart_and_says_so()
    {
        await using var host = new OwnHost();
        await host.StartAsync();
        using var agency = await AcknowledgedAsync(host);
        var (first, _) = await agency.PostAsync("/api/v1/assignments/p1.1~hrss/reports", new { narrative = "一季度进展" }, "report-q1");
        await host.StopAsync();

        // What a crash after the commit and before the stored answer leaves behind: the event, and no answer.
        await using (var db = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False"))
        {
            await db.OpenAsync();
            await using var forget = db.CreateCommand();
            forget.CommandText = "DELETE FROM idempotency WHERE idem_key = 'report-q1'";
            Assert.Equal(1, await forget.ExecuteNonQueryAsync());
        }

        await host.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/assignments/p1.1~hrss/reports")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { narrative = "一季度进展" }),
        };
        request.Headers.Add("Idempotency-Key", "report-q1");
        using var retried = await agency.SendAsync(request);
        var (_, fresh) = await agency.PostAsync("/api/v1/assignments/p1.1~hrss/reports", new { narrative = "二季度进展" }, "report-q2");
        var (_, assignment) = await agency.GetJsonAsync("/api/v1/assignments/p1.1~hrss");

        Assert.Equal((200, 200), (first, (int)retried.StatusCode));
        Assert.True(retried.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Single() == "true");
        Assert.Equal(2, assignment.GetProperty("report_count").GetInt32());
        Assert.Equal(2, fresh.GetProperty("report_count").GetInt32());
    }

    /// <summary>One assignment (p1.1~hrss), acknowledged; the client of its agency's user li.</summary>
    internal static async Task<HttpClient> AcknowledgedAsync(OwnHost host)
    {
        using var coordinator = await host.UserAsync("coord", "coordinator", null);
        await coordinator.PostAsync("/api/v1/agencies", new { id = "hrss", name = "自治区人力资源和社会保障厅" });
        var agency = await host.UserAsync("li", "agency", "hrss");
        await coordinator.PostAsync("/api/v1/plans", new { id = "p1", title = "方案", items = new[] { new { @ref = "二(一)", title = "行动", lead = new[] { "hrss" } } } });
        await coordinator.PostAsync("/api/v1/items/p1.1/dispatch");
        await agency.PostAsync("/api/v1/assignments/p1.1~hrss/acknowledge", new { responsible_name = "李四" });
        return agency;
    }
}
