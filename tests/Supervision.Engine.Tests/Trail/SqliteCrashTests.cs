using System.Collections.Concurrent;
using System.Globalization;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

/// <summary>Kills a process that is appending and checks the file afterwards: acknowledged means on disk.</summary>
public sealed class SqliteCrashTests : IDisposable
{
    private const int Writers = 8;
    private const int AcknowledgementsBeforeKill = 300;

    private static readonly Migration ProbeHeads = new(1, "probe heads", "CREATE TABLE probe_heads (stream TEXT PRIMARY KEY, version INTEGER NOT NULL);");

    private readonly string _directory = Directory.CreateTempSubdirectory("supervision-crash-").FullName;

    [Fact]
    public async Task Every_acknowledged_append_survives_a_kill_and_the_chain_is_intact_and_contiguous()
    {
        var path = Path.Combine(_directory, "trail.db");
        var acknowledged = new ConcurrentQueue<(string Stream, long Version)>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var probe = await CrashProbeProcess.StartAsync(path, Writers);
        probe.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null or "ready")
            {
                return;
            }

            var parts = line.Data.Split(' ');
            acknowledged.Enqueue((parts[0], long.Parse(parts[1], CultureInfo.InvariantCulture)));
            if (acknowledged.Count >= AcknowledgementsBeforeKill)
            {
                enough.TrySetResult();
            }
        };
        probe.BeginOutputReadLine();
        var errors = probe.StandardError.ReadToEndAsync();

        var finished = await Task.WhenAny(enough.Task, probe.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        Assert.True(finished == enough.Task, $"The probe stopped or stalled after {acknowledged.Count} appends: {(probe.HasExited ? await errors : "")}");
        probe.Kill(entireProcessTree: true);
        await probe.WaitForExitAsync();
        probe.WaitForExit(); // drains the redirected output: lines written before the kill are acknowledgements too

        await using var store = new SqliteEventStore(new SqliteStoreOptions(path), [ProbeHeads]);
        await store.InitializeAsync();
        var streams = Enumerable.Range(0, Writers).Select(w => $"probe-{w}").ToArray();
        var trail = await store.ReadStreamsAsync(streams);
        var verification = TrailVerifier.Verify(trail);
        Assert.True(verification.Intact, verification.FirstFault?.Reason);
        foreach (var stream in streams)
        {
            var versions = trail.Where(e => e.StreamId == stream).Select(e => e.Version).ToList();
            var highestAcknowledged = acknowledged.Where(a => a.Stream == stream).Select(a => a.Version).DefaultIfEmpty(0).Max();
            Assert.Equal(Enumerable.Range(1, versions.Count).Select(v => (long)v), versions);
            Assert.True(versions.Count >= highestAcknowledged, $"{stream}: version {highestAcknowledged} was acknowledged but only {versions.Count} survived.");
            Assert.Equal(versions.Count, await HeadAsync(store, stream));
            // The probe appends 1, 2, 1, 2 … events, so whole appends end at versions 1, 3, 4, 6, 7 …: never at 3k + 2.
            Assert.NotEqual(2, versions.Count % 3);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<long> HeadAsync(SqliteEventStore store, string stream)
    {
        var heads = await store.QueryAsync(
            "SELECT COALESCE(MAX(version), 0) FROM probe_heads WHERE stream = @stream",
            new Dictionary<string, object?> { ["stream"] = stream },
            r => r.GetInt64(0));
        return heads.Single();
    }
}
