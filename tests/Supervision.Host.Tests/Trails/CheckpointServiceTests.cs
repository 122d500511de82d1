using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Trails;

/// <summary>The host writes signed checkpoints by itself, every <c>Supervision:CheckpointEvery</c>, when the log moved.</summary>
public sealed class CheckpointServiceTests
{
    [Fact]
    public async Task The_host_writes_a_signed_checkpoint_of_new_events_at_the_configured_interval()
    {
        var data = Directory.CreateTempSubdirectory("supervision-checkpoints-").FullName;
        await using var host = await TestHost.StartAsync(data, ["--Supervision:CheckpointEvery", "00:00:01"]);
        var appended = await host.App.Services.GetRequiredService<IEventStore>().AppendAsync(
            "probe-1", 0, [new NewEvent("Noted", """{"n":1}""", Actor.System, DateTimeOffset.UtcNow, null)], []);
        var folder = Path.Combine(data, "checkpoints");
        TrailCheckpoint? written = null;
        for (var i = 0; i < 100 && written is null; i++)
        {
            await Task.Delay(100);
            written = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "checkpoint-*.json").Select(f => TrailCheckpoint.Parse(File.ReadAllText(f)))
                    .FirstOrDefault(c => c.Heads.Position >= appended[0].Position)
                : null;
        }

        Assert.NotNull(written);
        Assert.Null(written.Refusal(host.App.Services.GetRequiredService<CheckpointKey>().Fingerprint));
        Assert.Contains(new StreamHead("probe-1", 1, appended[0].Hash), written.Heads.Streams);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("soon")]
    public async Task A_checkpoint_interval_out_of_range_stops_the_host_naming_the_setting(string every)
    {
        var env = new Dictionary<string, string> { ["SUPERVISION__DATADIRECTORY"] = Directory.CreateTempSubdirectory("cli-config-").FullName };

        var (exit, _, err) = await CliProcess.RunAsync(env, "--urls", "http://127.0.0.1:0", $"--Supervision:CheckpointEvery={every}");

        Assert.Equal(2, exit);
        Assert.Contains("CheckpointEvery", err, StringComparison.Ordinal);
    }
}
