using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Supervision.Host.Tests.Cluster;

/// <summary>
/// One of the load's clients: sends report commands on its agency's assignment, each with a fresh Idempotency-Key, and
/// resends a command with the same key — to the other node — until it is answered 2xx. What it was told is kept.
/// </summary>
public sealed class FailoverClient(HttpClient http, string token, string assignmentId, IReadOnlyList<Uri> nodes, int index)
{
    /// <summary>Narratives of the commands answered 2xx.</summary>
    public List<string> Acknowledged { get; } = [];

    /// <summary>Every answer that was not 2xx, as "status code" (or the exception's type).</summary>
    public List<string> Refusals { get; } = [];

    /// <summary>The longest a command took from its first send to its 2xx.</summary>
    public TimeSpan LongestCommand { get; private set; }

    public int Commands { get; private set; }

    public async Task RunAsync(Func<bool> keepGoing, TimeSpan giveUpAfter)
    {
        var node = index % nodes.Count;
        for (var n = 0; keepGoing(); n++)
        {
            var narrative = $"load {index}-{n}-{Guid.NewGuid():n}";
            var key = $"k-{index}-{n}-{Guid.NewGuid():n}";
            var watch = Stopwatch.StartNew();
            while (true)
            {
                if (watch.Elapsed > giveUpAfter)
                {
                    throw new TimeoutException($"client {index}: '{narrative}' not answered 2xx within {giveUpAfter.TotalSeconds:0} s; refusals: {string.Join(", ", Refusals)}");
                }

                var outcome = await SendAsync(nodes[node], narrative, key);
                if (outcome is null)
                {
                    Acknowledged.Add(narrative);
                    break;
                }

                Refusals.Add(outcome);
                node = (node + 1) % nodes.Count;
                await Task.Delay(200);
            }

            Commands++;
            LongestCommand = watch.Elapsed > LongestCommand ? watch.Elapsed : LongestCommand;
        }
    }

    /// <summary>Null when answered 2xx; otherwise what came back.</summary>
    private async Task<string?> SendAsync(Uri node, string narrative, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node, $"/api/v1/assignments/{assignmentId}/reports"))
        {
            Content = JsonContent.Create(new { narrative }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", key);
        try
        {
            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                return null;
            }

            var body = await response.Content.ReadAsStringAsync();
            var code = System.Text.RegularExpressions.Regex.Match(body, "\"code\":\"([^\"]+)\"").Groups[1].Value;
            return $"{(int)response.StatusCode} {code}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return e.GetType().Name;
        }
    }
}
