using System.Net.Sockets;
using System.Text;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

[Collection(HostCollection.Name)]
public partial class IdempotencyTests(HostFixture host)
{
    [Fact]
    public async Task The_same_key_and_body_return_the_first_answer_without_a_second_event()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        var body = new { narrative = "二季度进展" };

        var first = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", body, "report-q2");
        var length = await w.TrailLengthAsync(host);
        var again = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", body, "report-q2");

        Assert.Equal((200, 200), (first.Status, again.Status));
        Assert.Equal(first.Body.ToString(), again.Body.ToString());
        Assert.Equal(length, await w.TrailLengthAsync(host));
        Assert.Equal(1, again.Body.GetProperty("recent_reports").GetArrayLength());
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new { narrative = "A" }, "k-1");
        var length = await w.TrailLengthAsync(host);

        var (status, problem) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new { narrative = "B" }, "k-1");

        Assert.Equal(409, status);
        Assert.Equal("idempotency.key_reused", problem.Str("code"));
        Assert.Equal(length, await w.TrailLengthAsync(host));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_record_one_event()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        var length = await w.TrailLengthAsync(host);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new { narrative = "并发" }, "same-key")));

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.Equal(length + 1, await w.TrailLengthAsync(host));
    }

    [Fact]
    public async Task Signing_out_twice_with_one_key_replays_an_empty_204_and_logs_no_error()
    {
        var user = await host.UserAsync($"out-{Guid.NewGuid():n}"[..12], "inspector", null);

        using var first = await LogoutAsync(user, "logout-1");
        using var again = await LogoutAsync(user, "logout-1");
        await Task.Delay(300);

        Assert.Equal((204, 204), ((int)first.StatusCode, (int)again.StatusCode));
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(ErrorLines(host), l => l.Contains("/api/v1/auth/logout", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Idempotency-Key: k-a\r\nIdempotency-Key: k-b\r\n")]
    [InlineData("Idempotency-Key: k-a, k-b\r\n")]
    public async Task Two_idempotency_keys_in_one_request_are_refused_and_nothing_is_recorded(string headers)
    {
        var w = await ApiWorld.CreateAsync(host);
        var length = await w.TrailLengthAsync(host);
        var token = w.LeadUser.DefaultRequestHeaders.Authorization!.Parameter;
        var body = "{\"reason\":\"不属于本单位职责\"}";

        var answer = await RawAsync(
            $"POST /api/v1/assignments/{w.LeadAssignment}/dispute HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n" +
            $"Content-Type: application/json\r\n{headers}Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}");

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Assert.Contains("idempotency.multiple_keys", answer, StringComparison.Ordinal);
        Assert.Equal(length, await w.TrailLengthAsync(host));
    }

    internal static IEnumerable<string> ErrorLines(HostFixture host)
    {
        var logs = Path.Combine(host.DataDirectory, "logs");
        return Directory.Exists(logs)
            ? Directory.EnumerateFiles(logs).SelectMany(f => ReadShared(f).Split('\n')).Where(l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal))
            : [];
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<HttpResponseMessage> LogoutAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout");
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private async Task<string> RawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host.BaseAddress.Host, host.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
