using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class IdempotencyTests(HostFixture host)
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
}
