using System.Globalization;
using System.Text.RegularExpressions;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Metrics;

[Collection(HostCollection.Name)]
public sealed partial class MetricsEndpointTests(HostFixture host)
{
    [Fact]
    public async Task An_admin_scrape_parses_as_prometheus_text_and_counts_the_command_just_sent()
    {
        var before = Value(Parse(await ScrapeAsync()), "supervision_commands_total", "intent=\"registerAgency\"", "outcome=\"ok\"");
        var (status, _) = await host.Admin.PostAsync("/api/v1/agencies", new { name = "计量单位" });
        var samples = Parse(await ScrapeAsync());

        Assert.InRange(status, 200, 299);
        // The counters are the process's (one meter): another host of this test run (the PostgreSQL fixture) may count
        // its own commands in between, so the command just sent is at least one more. The gauges are each host's own,
        // and with several hosts in one process only the first host's are exported: they are not asserted here.
        Assert.InRange(Value(samples, "supervision_commands_total", "intent=\"registerAgency\"", "outcome=\"ok\""), before + 1, double.MaxValue);
        Assert.Contains(samples, s => s.Name == "supervision_trail_appends_total" && s.Value >= 1);
    }

    [Fact]
    public async Task Metrics_are_refused_to_strangers_with_401_and_to_a_coordinator_with_403_as_problems()
    {
        var anonymous = await host.Anonymous.GetAsync("/metrics");
        var coordinator = await host.Coordinator.GetAsync("/metrics");

        Assert.Equal((401, 403), ((int)anonymous.StatusCode, (int)coordinator.StatusCode));
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/problem+json", coordinator.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> ScrapeAsync()
    {
        var answer = await host.Admin.GetAsync("/metrics");
        Assert.Equal(200, (int)answer.StatusCode);
        Assert.Equal("text/plain", answer.Content.Headers.ContentType?.MediaType);
        return await answer.Content.ReadAsStringAsync();
    }

    private static double Value(IEnumerable<Sample> samples, string name, params string[] labels) =>
        samples.Where(s => s.Name == name && labels.All(l => s.Labels.Contains(l, StringComparison.Ordinal))).Sum(s => s.Value);

    /// <summary>
    /// The text exposition format, line by line: a comment is <c># HELP</c>, <c># TYPE</c> (with a known type) or <c># EOF</c>;
    /// every other non-blank line is a name, optional <c>{label="value",…}</c>, a number and an optional timestamp. A line
    /// that is neither fails the test.
    /// </summary>
    private static List<Sample> Parse(string text)
    {
        var samples = new List<Sample>();
        foreach (var line in text.Split('\n').Where(l => l.Length > 0))
        {
            if (line.StartsWith('#'))
            {
                Assert.Matches(CommentLine(), line);
                continue;
            }

            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"not a sample line: {line}");
            samples.Add(new Sample(match.Groups["name"].Value, match.Groups["labels"].Value,
                double.Parse(match.Groups["value"].Value.Replace("+Inf", "Infinity", StringComparison.Ordinal), CultureInfo.InvariantCulture)));
        }

        return samples;
    }

    private sealed record Sample(string Name, string Labels, double Value);

    [GeneratedRegex("""^# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram|summary|untyped|unknown)|EOF)$""")]
    private static partial Regex CommentLine();

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*)\})? (?<value>[-+]?(\d+(\.\d*)?([eE][-+]?\d+)?|Inf|NaN|\+Inf|-Inf))( -?\d+)?$""")]
    private static partial Regex SampleLine();
}
