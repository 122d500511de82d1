using System.Net.Http.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>A keyed move: the answer stored is what every retry gets, byte for byte; a refusal the engine raises is not kept.</summary>
public partial class IdempotencyTests
{
    [Fact]
    public async Task A_keyed_report_is_answered_again_byte_for_byte_after_the_assignment_has_moved_on()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });

        var first = await ReportAsync(w, "三季度进展", "report-q3");
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/reports", new { narrative = "四季度进展" });
        var length = await w.TrailLengthAsync(host);
        var again = await ReportAsync(w, "三季度进展", "report-q3");

        Assert.Equal((200, false, 200, true), (first.Status, first.Replayed, again.Status, again.Replayed));
        Assert.Equal(first.Body, again.Body);
        Assert.Equal(first.Type, again.Type);
        Assert.Equal(length, await w.TrailLengthAsync(host));
    }

    [Fact]
    public async Task A_keyed_move_refused_by_the_cycle_is_not_remembered_so_its_retry_is_carried_out_once_allowed()
    {
        var w = await ApiWorld.CreateAsync(host);

        var refused = await ReportAsync(w, "未签收先报送", "early-report");
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        var length = await w.TrailLengthAsync(host);
        var again = await ReportAsync(w, "未签收先报送", "early-report");
        var replayed = await ReportAsync(w, "未签收先报送", "early-report");

        // A refusal raised by the engine is not an answer to keep (the retry may succeed).
        Assert.Equal((409, 200, false, 200, true), (refused.Status, again.Status, again.Replayed, replayed.Status, replayed.Replayed));
        Assert.Equal(again.Body, replayed.Body);
        Assert.Equal(length + 1, await w.TrailLengthAsync(host));
    }

    private static async Task<(int Status, string? Type, string Body, bool Replayed)> ReportAsync(ApiWorld w, string narrative, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assignments/{w.LeadAssignment}/reports")
        {
            Content = JsonContent.Create(new { narrative }),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await w.LeadUser.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync(),
            response.Headers.Contains("Idempotent-Replayed"));
    }
}
