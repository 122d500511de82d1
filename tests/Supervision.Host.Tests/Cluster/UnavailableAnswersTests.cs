using System.Globalization;
using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using Supervision.Engine.Errors;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Cluster;

/// <summary>
/// A node gone, a grain call timed out, the database out of connections: 503 with Retry-After and the catalogue's sentence,
/// a warning naming the silo, never a 500. The real Orleans and Npgsql exception types are thrown from test endpoints (killing
/// a silo here is impractical); the failover test proves the same on a real cluster.
/// </summary>
public sealed class UnavailableAnswersTests
{
    private const string Silo = "S127.0.0.1:41234:123456789";

    private static readonly Dictionary<string, Func<Exception>> Failures = new()
    {
        // Orleans makes this one itself only (its constructor is internal).
        ["rejected"] = () => (Exception)Activator.CreateInstance(typeof(OrleansMessageRejectionException), BindingFlags.NonPublic | BindingFlags.Instance, null,
            [$"Forwarding failed: tried to forward message to {Silo} for 3 times."], CultureInfo.InvariantCulture)!,
        ["silo-gone"] = () => new SiloUnavailableException($"The target silo became unavailable for message: Request {Silo}"),
        ["connection"] = () => new ConnectionFailedException($"Unable to connect to endpoint {Silo}. See InnerException"),
        ["timeout"] = () => new TimeoutException($"Response did not arrive on time in 00:00:30 for message: Request {Silo}"),
        ["wrapped"] = () => new InvalidOperationException("a grain failed", new SiloUnavailableException($"silo {Silo} is dead")),
        ["pool"] = () => new NpgsqlException("The connection pool has been exhausted, either raise 'Max Pool Size' (currently 24) or 'Timeout'", new TimeoutException()),
        ["slots"] = () => new PostgresException("sorry, too many clients already", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections),
    };

    [Fact]
    public async Task A_gone_silo_a_timed_out_grain_call_or_an_exhausted_pool_answers_503_with_retry_after_and_is_logged_as_a_warning()
    {
        await using var host = new OwnHost();
        await host.StartAsync(app =>
        {
            foreach (var (name, failure) in Failures)
            {
                app.MapGet($"/api/v1/test-unavailable/{name}", IResult () => throw failure());
            }
        });
        using var client = host.Client();

        foreach (var name in Failures.Keys)
        {
            using var response = await client.GetAsync($"/api/v1/test-unavailable/{name}");
            var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var code = name is "pool" or "slots" ? "store.unavailable" : "engine.unavailable";
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{name}: {(int)response.StatusCode} {problem}");
            Assert.Equal(code, problem.Str("code"));
            Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
            Assert.StartsWith(MessageCatalogue.Chinese(code, null, null), problem.Str("detail"), StringComparison.Ordinal);
        }

        await Task.Delay(500);
        var lines = host.LogLines().ToList();
        Assert.DoesNotContain(lines, l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal));
        var warnings = lines.Where(l => l.Contains("\"@l\":\"Warning\"", StringComparison.Ordinal) && l.Contains("test-unavailable", StringComparison.Ordinal)).ToList();
        Assert.Equal(Failures.Count, warnings.Count);
        Assert.Equal(5, warnings.Count(w => w.Contains(Silo, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_page_whose_node_is_gone_shows_the_same_sentence_in_the_readers_language_instead_of_an_error_page()
    {
        await using var host = new OwnHost();
        await host.StartAsync(app => app.MapGet("/test-unavailable-page", IResult () => throw new SiloUnavailableException($"silo {Silo} is dead")));
        using var client = host.Client();

        using var chinese = await client.GetAsync("/test-unavailable-page?x=1");
        var page = await chinese.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, chinese.StatusCode);
        Assert.Equal("text/html", chinese.Content.Headers.ContentType?.MediaType);
        Assert.Contains(MessageCatalogue.Chinese("engine.unavailable", null, null), page, StringComparison.Ordinal);
        Assert.Contains("href=\"/test-unavailable-page?x=1\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Silo, page, StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/test-unavailable-page");
        english.Headers.Add("Cookie", "lang=en");
        using var cookieless = new HttpClient { BaseAddress = client.BaseAddress };
        var englishPage = await (await cookieless.SendAsync(english)).Content.ReadAsStringAsync();
        Assert.Contains("try again in a few seconds", englishPage, StringComparison.Ordinal);
    }
}
