using System.Text.Json;

namespace Supervision.Engine.Tests.Trail;

/// <summary>
/// Kills a real process at each point between a lead's approval and its item's completion, starts it again, and
/// checks that the item is completed exactly once if and only if the approval was recorded, and that the trail verifies.
/// </summary>
public sealed class ApprovalCrashTests
{
    private const string Probe = "Supervision.Engine.CrashProbe";

    [Theory]
    [InlineData("before-commit", false)]
    [InlineData("after-commit", true)]
    [InlineData("before-reaction", true)]
    [InlineData("after-reaction", true)]
    public async Task Killed_at_any_point_of_an_approval_the_item_completes_once_exactly_when_the_approval_is_recorded(string point, bool approvalKept)
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("approval-crash-").FullName, "probe.db");

        var (dying, dyingOut) = await RunAsync("approve", database, point);
        var (exit, checkOut) = await RunAsync("check", database);

        Assert.NotEqual(0, dying);
        Assert.Contains("armed", dyingOut, StringComparison.Ordinal);
        Assert.DoesNotContain("approved", dyingOut, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        var outcome = JsonDocument.Parse(checkOut.Trim().Split('\n')[^1]).RootElement;
        Assert.Equal(approvalKept, outcome.GetProperty("Approved").GetBoolean());
        Assert.Equal(approvalKept ? "completed" : "dispatched", outcome.GetProperty("Item").GetString());
        Assert.Equal(approvalKept ? 1 : 0, outcome.GetProperty("ItemCompletedEvents").GetInt32());
        Assert.Equal(approvalKept ? 1 : 0, outcome.GetProperty("ApprovalEvents").GetInt32());
        Assert.Equal(0, outcome.GetProperty("OpenReactions").GetInt64());
        Assert.True(outcome.GetProperty("Intact").GetBoolean());
    }

    private static async Task<(int Exit, string Out)> RunAsync(params string[] args)
    {
        using var process = await CrashProbeProcess.StartAsync(Probe, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
