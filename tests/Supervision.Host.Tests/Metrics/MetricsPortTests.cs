using System.Diagnostics;
using System.Net;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Metrics;

/// <summary>
/// <c>Supervision:Metrics:Port</c>: a loopback listener serving <c>/metrics</c> without a token and nothing else, while the
/// host's own port still asks for an admin; and the scraped text passes Prometheus' own <c>promtool check metrics</c>.
/// </summary>
public sealed class MetricsPortTests
{
    [Fact]
    public async Task The_metrics_port_serves_metrics_without_a_token_and_nothing_else_and_promtool_accepts_them()
    {
        var port = FreePort.Next();
        await using var host = await TestHost.StartAsync(Directory.CreateTempSubdirectory("metrics-port-").FullName,
            ["--Supervision:Metrics:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        using var scraper = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var stranger = new HttpClient { BaseAddress = host.BaseAddress };

        var scraped = await scraper.GetAsync("/metrics");
        var api = await scraper.GetAsync("/api/v1/plans");
        var page = await scraper.GetAsync("/login");
        var ownPort = await stranger.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        var text = await scraped.Content.ReadAsStringAsync();
        Assert.Contains("supervision_reactions_pending", text, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (api.StatusCode, page.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, ownPort.StatusCode);
        await PromtoolAcceptsAsync(text);
    }

    /// <summary>Runs <c>promtool check metrics</c> on the text when promtool is installed (Debian's <c>prometheus</c> package; test.sh installs it).</summary>
    private static async Task PromtoolAcceptsAsync(string text)
    {
        var promtool = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "promtool")).FirstOrDefault(File.Exists);
        if (promtool is null)
        {
            Console.Error.WriteLine("promtool is not on PATH: the scrape was not checked with it.");
            return;
        }

        var start = new ProcessStartInfo(promtool, ["check", "metrics"]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(text);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        // promtool exits 1 for lint findings (names, HELP text) as well as for text it cannot parse; only the latter is a fault here.
        var said = await output + await errors;
        Assert.True(process.ExitCode == 0 || !said.Contains("error while linting", StringComparison.Ordinal) && !said.Contains("text format parsing error", StringComparison.Ordinal),
            $"promtool check metrics: exit {process.ExitCode}\n{said}");
    }
}
