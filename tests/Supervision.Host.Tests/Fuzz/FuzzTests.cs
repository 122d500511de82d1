using System.Globalization;
using Xunit.Abstractions;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>
/// Thousands of generated bad requests against every operation of the OpenAPI document, as every role, on a host with
/// real data: none may be answered 5xx (or not at all), make the host log an error, or change the trail when refused.
/// <c>FUZZ_REQUESTS</c> and <c>FUZZ_SEED</c> set the size and the seed; a failure prints the seed and one request per fault.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzTests(FuzzHost host, ITestOutputHelper output)
{
    [Fact]
    public async Task Generated_bad_requests_never_fail_the_host_nor_change_the_trail_when_refused()
    {
        var settings = FuzzSettings.FromEnvironment();
        var run = new FuzzRun(host, settings);

        await run.RunAsync();

        var statuses = string.Join(", ", run.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {settings.Requests} requests over {run.Operations.Count} operations × 6 roles in {run.Elapsed.TotalSeconds:0.0} s, seed {settings.Seed} ({statuses})");
        output.WriteLine(summary);
        output.WriteLine($"operations never answered other than 401: {string.Join(", ", run.Operations.Select(o => o.Name).Except(run.Reached))}");
        Assert.True(run.Operations.Count >= 40, $"the OpenAPI document lists only {run.Operations.Count} operations");
        Assert.True(run.Findings.Count == 0, run.Findings.Report($"{summary}\n{run.Findings.Count} distinct faults; reproduce with: {settings.Reproduce}"));
        Assert.Equal(run.Operations.Select(o => o.Name).Order(), run.Reached.Order());
    }
}
