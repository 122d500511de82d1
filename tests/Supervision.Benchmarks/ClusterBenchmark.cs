using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Supervision.Benchmarks;

/// <summary>
/// <c>cluster [--seconds N] [--clients C] [--connection CS]</c>: keyed report commands through HTTP from C clients for N
/// seconds against one node, then against two nodes (clients split evenly), each on a fresh database of the same
/// PostgreSQL server (<c>--connection</c>, else <c>SUPERVISION_TEST_POSTGRES</c>). A warm-up of 5 s precedes each timing.
/// Last line: one JSON object with both rates, their ratio and p50/p99 latencies.
/// </summary>
public static class ClusterBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var clients = Option(args, "--clients", 32);
        var server = args.SkipWhile(a => a != "--connection").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("SUPERVISION_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            Console.Error.WriteLine("cluster: give --connection or SUPERVISION_TEST_POSTGRES (tests/postgres/server.sh start DIR prints one)");
            return 2;
        }

        var one = await PhaseAsync(server, 1, clients, seconds);
        var two = await PhaseAsync(server, 2, clients, seconds);
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["benchmark"] = "cluster", ["clients"] = clients, ["seconds"] = seconds, ["cores"] = Environment.ProcessorCount,
            ["one_node_per_s"] = Math.Round(one.Rate, 1), ["two_nodes_per_s"] = Math.Round(two.Rate, 1),
            ["two_vs_one"] = Math.Round(two.Rate / one.Rate, 2),
            ["one_p50_ms"] = one.P50, ["one_p99_ms"] = one.P99, ["two_p50_ms"] = two.P50, ["two_p99_ms"] = two.P99,
            ["errors"] = one.Errors + two.Errors,
        }));
        return 0;
    }

    private static async Task<(double Rate, double P50, double P99, int Errors)> PhaseAsync(string server, int nodes, int clients, int seconds)
    {
        await using var cluster = await ClusterNodes.StartAsync(server, nodes, clients);
        Console.Error.WriteLine($"{nodes} node(s) ready; warming up");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await LoadAsync(cluster, http, clients, TimeSpan.FromSeconds(5));
        Console.Error.WriteLine($"{nodes} node(s): timing {seconds} s");
        var (count, latencies, errors) = await LoadAsync(cluster, http, clients, TimeSpan.FromSeconds(seconds));
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? 0 : Math.Round(latencies[(int)Math.Min(latencies.Count - 1, q * latencies.Count)], 1);
        return (count / (double)seconds, At(0.5), At(0.99), errors);
    }

    private static async Task<(int Count, List<double> Latencies, int Errors)> LoadAsync(ClusterNodes cluster, HttpClient http, int clients, TimeSpan length)
    {
        var until = Stopwatch.StartNew();
        var (count, errors) = (0, 0);
        var latencies = new List<double>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
        {
            var (token, assignment) = cluster.Agencies[i];
            var node = cluster.Urls[i % cluster.Urls.Count];
            var mine = new List<double>();
            while (until.Elapsed < length)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node, $"/api/v1/assignments/{assignment}/reports"))
                {
                    Content = JsonContent.Create(new { narrative = "基准进展" }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
                var watch = Stopwatch.StartNew();
                using var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    mine.Add(watch.Elapsed.TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }

            lock (latencies)
            {
                latencies.AddRange(mine);
                count += mine.Count;
            }
        }));
        return (count, latencies, errors);
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
