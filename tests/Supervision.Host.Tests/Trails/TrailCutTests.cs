using Microsoft.Data.Sqlite;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Trails;

[CollectionDefinition(Name)]
public sealed class TrailCutCollection : ICollectionFixture<HostFixture>
{
    // Its own host and database: these tests delete events behind the host's back.
    public const string Name = "trail-cut";
}

/// <summary>A trail whose tail was cut after a checkpoint is reported as cut, naming the streams, by the CLI and the API.</summary>
[Collection(TrailCutCollection.Name)]
public sealed class TrailCutTests(HostFixture host)
{
    [Fact]
    public async Task Deleting_a_streams_newest_event_its_newest_two_or_a_whole_stream_after_a_checkpoint_is_reported_as_cut()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new { narrative = "一季度进展" });
        // The notices these commands caused are recorded afterwards on their own streams: let them land first.
        using (var position = new LogPosition(host.DataDirectory))
        {
            await position.SettledAsync(TimeSpan.FromMilliseconds(500));
        }

        var checkpoint = await TrailFiles.CheckpointAsync(host);

        await DeleteAsync($"stream_id = 'item-{w.ItemId}' AND version = (SELECT MAX(version) FROM events WHERE stream_id = 'item-{w.ItemId}')");
        await DeleteAsync($"stream_id = 'assignment-{w.LeadAssignment}' AND version >= (SELECT MAX(version) - 1 FROM events WHERE stream_id = 'assignment-{w.LeadAssignment}')");
        await DeleteAsync($"stream_id = 'assignment-{w.CoopAssignment}'");
        await DeleteAsync($"stream_id LIKE 'notices-{w.ItemId}~%'");
        var export = await host.Inspector.GetStringAsync($"/api/v1/items/{w.ItemId}/trail/export");
        var folder = TrailFiles.Folder();
        var exportFile = await TrailFiles.SaveAsync(folder, "export.json", export);

        var blind = await CliProcess.RunAsync(null, "verify-trail", exportFile);
        var (exit, stdout, _) = await CliProcess.RunAsync(null, "verify-trail", exportFile, "--checkpoint", checkpoint);
        var (status, verdict) = await host.Inspector.PostAsync("/api/v1/trails/verify", TrailFiles.WithCheckpoint(export, await File.ReadAllTextAsync(checkpoint)));
        var (_, wholeLog) = await host.Inspector.PostAsync("/api/v1/trails/verify",
            TrailFiles.WithCheckpoint(await host.Inspector.GetStringAsync("/api/v1/trail/export"), await File.ReadAllTextAsync(checkpoint)));

        Assert.Equal(0, blind.Exit); // what the chains alone cannot see ...
        Assert.Equal(1, exit);       // ... the checkpoint shows
        Assert.StartsWith("已被截断 Cut", stdout, StringComparison.Ordinal);
        Assert.Contains($"'item-{w.ItemId}': it ends at version", stdout, StringComparison.Ordinal);
        Assert.Contains($"'assignment-{w.LeadAssignment}': it ends at version", stdout, StringComparison.Ordinal);
        Assert.Contains($"'assignment-{w.CoopAssignment}': the whole stream is missing", stdout, StringComparison.Ordinal);
        Assert.Equal(200, status);
        Assert.False(verdict.GetProperty("intact").GetBoolean());
        Assert.Equal(
            [$"assignment-{w.CoopAssignment}", $"assignment-{w.LeadAssignment}", $"item-{w.ItemId}"],
            verdict.GetProperty("cuts").EnumerateArray().Select(c => c.Str("stream_id")).Order(StringComparer.Ordinal));
        // The deleted events were the log's newest: the whole-log export is cut too, at the log's head.
        Assert.False(wholeLog.GetProperty("intact").GetBoolean(), wholeLog.ToString());
        Assert.Contains(wholeLog.GetProperty("cuts").EnumerateArray(), c => c.GetProperty("stream_id").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    private async Task DeleteAsync(string where)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "supervision.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM events WHERE {where};";
        Assert.True(await command.ExecuteNonQueryAsync() > 0, where);
    }
}
