using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>An unexpected failure is answered 500 without internals and logged once, with its exception.</summary>
public sealed class ErrorLoggingTests
{
    [Fact]
    public async Task An_unhandled_error_is_logged_once_and_answered_without_internals()
    {
        await using var host = new OwnHost();
        await host.StartAsync(app => app.MapGet("/api/v1/test-failure", IResult () => throw new InvalidOperationException("secret internal state 0x2a")));
        using var client = host.Client();

        var (status, problem) = await client.GetJsonAsync("/api/v1/test-failure");
        await Task.Delay(500);
        var errors = Lines(host).Where(l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal)).ToList();

        Assert.Equal(500, status);
        Assert.Equal("internal", problem.Str("code"));
        Assert.DoesNotContain("secret", problem.ToString(), StringComparison.Ordinal);
        Assert.Single(errors);
        Assert.Contains("secret internal state 0x2a", errors[0], StringComparison.Ordinal);
    }

    private static IEnumerable<string> Lines(OwnHost host)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(host.DataDirectory, "logs")))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            foreach (var line in reader.ReadToEnd().Split('\n'))
            {
                yield return line;
            }
        }
    }
}
