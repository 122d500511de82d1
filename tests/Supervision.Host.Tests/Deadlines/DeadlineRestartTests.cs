using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Deadlines;

/// <summary>
/// Quartz.NET's persistent store holds the firings: a host stopped across two ladder steps processes both once, in due
/// order, when it starts again, with their true due times; a third start records nothing more.
/// </summary>
public sealed class DeadlineRestartTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Steps_that_fell_due_while_the_host_was_down_are_processed_once_each_after_a_restart()
    {
        // Friday 30 September 2022, the working day before National Day.
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 9, 30, 10, 0, 0, Beijing));
        await using var host = new OwnHost();
        await host.StartAsync(clock: clock);
        using var coordinator = await host.UserAsync("coord", "coordinator", null);
        await coordinator.PostAsync("/api/v1/agencies", new { id = "hrss", name = "自治区人力资源和社会保障厅" });
        await coordinator.PostAsync("/api/v1/plans", new { id = "p1", title = "方案", items = new[] { new { @ref = "二(一)", title = "行动", lead = new[] { "hrss" }, due = "2022-12-31" } } });
        Assert.Equal(200, (await coordinator.PostAsync("/api/v1/items/p1.1/dispatch")).Status);
        var (_, dispatched) = await coordinator.GetJsonAsync("/api/v1/assignments/p1.1~hrss");
        var remindAt = dispatched.GetProperty("owed")[0].GetProperty("next_step_at").GetDateTimeOffset();
        await host.StopAsync();

        // The firing was stored by Quartz, and the host was down across the reminder (8 October) and the urging (11 October).
        Assert.Equal(new DateTimeOffset(2022, 10, 8, 23, 59, 59, Beijing), remindAt);
        Assert.Contains("deadline-20221008T155959", await TriggersAsync(host.DataDirectory));
        clock.SetUtcNow(new DateTimeOffset(2022, 10, 12, 9, 0, 0, Beijing));
        await host.StartAsync(clock: clock);
        var steps = await StepsAsync(coordinator, want: 2);
        await host.StopAsync();
        await host.StartAsync(clock: clock);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var again = await StepsAsync(coordinator, want: 2);

        Assert.Equal(
            [
                ("remind", "2022-10-08T15:59:59+00:00", "2022-10-12T01:00:00.0000000Z"),
                ("urge", "2022-10-11T15:59:59+00:00", "2022-10-12T01:00:00.0000000Z"),
            ],
            steps);
        Assert.Equal(steps, again);
    }

    // The ladder steps in the item's trail export: step, true due time, and when it was processed.
    private static async Task<List<(string Step, string DueAt, string At)>> StepsAsync(HttpClient coordinator, int want)
    {
        for (var attempt = 0; ; attempt++)
        {
            var export = JsonDocument.Parse(await coordinator.GetStringAsync("/api/v1/items/p1.1/trail/export")).RootElement;
            var steps = export.GetProperty("events").EnumerateArray()
                .Where(e => e.GetProperty("type").GetString() == "EscalationReached")
                .Select(e => (e.GetProperty("payload").GetProperty("step").GetString()!, e.GetProperty("payload").GetProperty("due_at").GetString()!, e.GetProperty("at").GetString()!))
                .ToList();
            if (steps.Count >= want || attempt == 100)
            {
                return steps;
            }

            await Task.Delay(200);
        }
    }

    private static async Task<List<string>> TriggersAsync(string dataDirectory)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "quartz.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return [.. names.Select(n => n[..Math.Min(n.Length, 24)])];
    }
}
