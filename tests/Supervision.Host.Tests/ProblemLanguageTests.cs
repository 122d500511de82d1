using System.Net.Http.Headers;
using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>Errors a Chinese official can read: Chinese first, then English, or the one language Accept-Language asks for.</summary>
[Collection(HostCollection.Name)]
public sealed class ProblemLanguageTests(HostFixture host)
{
    [Fact]
    public async Task Without_a_language_the_detail_is_chinese_then_english()
    {
        var w = await ApiWorld.CreateAsync(host);

        var (status, problem) = await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = " " });

        Assert.Equal(400, status);
        Assert.Equal("「responsible.name」为必填项，不能为空。 · 'responsible.name' is required and may not be blank.", problem.Str("detail"));
        Assert.StartsWith("请求无效 · ", problem.Str("title"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US,en;q=0.9,zh;q=0.5", "Cannot submit a report", "无法")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.5", "无法报送进展", "Cannot")]
    [InlineData("fr, zh;q=0.4", "无法报送进展", "Cannot")]
    public async Task Accept_language_picks_one_language_and_a_cycle_refusal_names_the_move(string acceptLanguage, string expected, string absent)
    {
        var w = await ApiWorld.CreateAsync(host);

        var problem = await SendAsync(w.LeadUser, $"/api/v1/assignments/{w.LeadAssignment}/reports", "{\"narrative\":\"太早了\"}", acceptLanguage);

        Assert.StartsWith(expected, problem.Str("detail"), StringComparison.Ordinal);
        Assert.DoesNotContain(absent, problem.Str("detail"), StringComparison.Ordinal);
        Assert.DoesNotContain(" · ", problem.Str("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_the_framework_raises_is_translated_too()
    {
        var problem = await SendAsync(host.Anonymous, "/api/v1/plans", "{}", "zh");

        Assert.Equal("auth.required", problem.Str("code"));
        Assert.Equal("请先登录，或在 Authorization 头中携带令牌。", problem.Str("detail"));
    }

    [Fact]
    public async Task A_not_found_names_the_thing_in_chinese()
    {
        var (_, problem) = await host.Coordinator.GetJsonAsync("/api/v1/plans/no-such-plan");

        Assert.StartsWith("未找到方案「no-such-plan」。 · No plan with id 'no-such-plan'.", problem.Str("detail"), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, string path, string body, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
