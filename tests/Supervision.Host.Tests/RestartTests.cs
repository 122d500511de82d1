using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests;

/// <summary>A 2xx means durable: stop the host, start a new one on the same data folder, and everything is there.</summary>
public sealed class RestartTests
{
    private readonly string _data = Directory.CreateTempSubdirectory("supervision-restart-").FullName;
    private readonly int _port = FreePort.Next();

    [Fact]
    public async Task Everything_acknowledged_survives_a_restart_and_a_retried_command_is_not_applied_twice()
    {
        var app = await StartAsync();
        using var admin = Client(null);
        var password = InitialAdmin.Password(_data);
        Assert.Equal(200, (await admin.PostAsync("/api/v1/auth/login", new { username = "admin", password })).Status);
        await admin.PostAsync("/api/v1/users", new { username = "coord", role = "coordinator", password = "correct-horse-battery" });
        using var coordinator = Client(await TokenAsync(admin, "coord"));
        await coordinator.PostAsync("/api/v1/agencies", new { id = "hrss", name = "自治区人力资源和社会保障厅" });
        await admin.PostAsync("/api/v1/users", new { username = "li", role = "agency", agency_id = "hrss", password = "correct-horse-battery" });
        using var agency = Client(await TokenAsync(admin, "li"));
        await coordinator.PostAsync("/api/v1/plans", new { id = "p1", title = "方案", items = new[] { new { @ref = "二(一)", title = "行动", lead = new[] { "hrss" } } } });
        await coordinator.PostAsync("/api/v1/items/p1.1/dispatch");
        await agency.PostAsync("/api/v1/assignments/p1.1~hrss/acknowledge", new { responsible_name = "李四" });
        var (reported, _) = await agency.PostAsync("/api/v1/assignments/p1.1~hrss/reports", new { narrative = "一季度进展" }, "report-q1");
        Assert.Equal(200, reported);

        await app.StopAsync();
        await app.DisposeAsync();
        app = await StartAsync();
        try
        {
            var (status, assignment) = await agency.GetJsonAsync("/api/v1/assignments/p1.1~hrss");
            var (retried, again) = await agency.PostAsync("/api/v1/assignments/p1.1~hrss/reports", new { narrative = "一季度进展" }, "report-q1");
            var export = await coordinator.GetStringAsync("/api/v1/items/p1.1/trail/export");
            var (_, verdict) = await coordinator.PostAsync("/api/v1/trails/verify", export);
            using var adminAgain = Client(null);

            Assert.Equal(200, status);
            Assert.Equal(("in_progress", "李四", 1), (assignment.Str("status"), assignment.GetProperty("responsible").Str("name"), assignment.GetProperty("report_count").GetInt32()));
            Assert.Equal(200, retried);
            Assert.Equal(1, again.GetProperty("report_count").GetInt32());
            Assert.True(verdict.GetProperty("intact").GetBoolean());
            Assert.Equal(6, verdict.GetProperty("event_count").GetInt32()); // with the report periods fixed at acknowledgement
            Assert.Equal(200, (await adminAgain.PostAsync("/api/v1/auth/login", new { username = "admin", password })).Status);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task<WebApplication> StartAsync() => (await TestHost.StartAsync(_data, port: _port)).App;

    private HttpClient Client(string? token)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private static async Task<string> TokenAsync(HttpClient admin, string username)
    {
        var issued = await admin.PostAsJsonAsync($"/api/v1/users/{username}/tokens", new { name = "restart" });
        return (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
