using System.Text.RegularExpressions;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Notices;

/// <summary>The dispatch notice's one-click link: a confirmation page, then the acknowledgement by that recipient; bad links change nothing.</summary>
[Collection(MailHostCollection.Name)]
public sealed partial class AckLinkTests(MailHostFixture host)
{
    [Fact]
    public async Task Opening_the_link_and_confirming_acknowledges_as_the_recipient_once()
    {
        var w = await ApiWorld.CreateAsync(host);
        var link = Link((await host.MailToAsync($"{w.Lead}@example.org"))[0].TextBody);
        var token = link[(link.IndexOf("t=", StringComparison.Ordinal) + 2)..];

        var page = await host.Anonymous.GetAsync($"/notices/ack?t={token}");
        var html = await page.Content.ReadAsStringAsync();
        var (_, stillDispatched) = await host.Coordinator.GetJsonAsync($"/api/v1/assignments/{w.LeadAssignment}");
        var confirmed = await host.Anonymous.PostAsync("/notices/ack", new FormUrlEncodedContent([new("t", token)]));
        var again = await host.Anonymous.PostAsync("/notices/ack", new FormUrlEncodedContent([new("t", token)]));
        var (_, acknowledged) = await host.Coordinator.GetJsonAsync($"/api/v1/assignments/{w.LeadAssignment}");
        var (_, trail) = await host.Inspector.GetJsonAsync($"/api/v1/items/{w.ItemId}/trail");

        Assert.Equal(200, (int)page.StatusCode);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.Equal("dispatched", stillDispatched.Str("status"));
        Assert.Equal(200, (int)confirmed.StatusCode);
        Assert.Equal(409, (int)again.StatusCode);
        Assert.Contains("已使用", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("in_progress", acknowledged.Str("status"));
        Assert.Equal($"{w.Lead}@example.org", acknowledged.GetProperty("responsible").Str("email"));
        var ack = Assert.Single(trail.EnumerateArray(), e => e.Str("type") == "AssignmentAcknowledged");
        Assert.Equal($"mail:{w.Lead}@example.org", ack.GetProperty("actor").Str("user_id"));
    }

    [Fact]
    public async Task A_tampered_link_gets_a_clear_page_and_changes_nothing()
    {
        var w = await ApiWorld.CreateAsync(host);
        var link = Link((await host.MailToAsync($"{w.Lead}@example.org"))[0].TextBody);
        var token = link[(link.IndexOf("t=", StringComparison.Ordinal) + 2)..];
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        var opened = await host.Anonymous.GetAsync($"/notices/ack?t={tampered}");
        var posted = await host.Anonymous.PostAsync("/notices/ack", new FormUrlEncodedContent([new("t", tampered)]));
        var bare = await host.Anonymous.PostAsync("/notices/ack", null);
        using var broken = new StringContent("--x\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nabc", System.Text.Encoding.UTF8);
        broken.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        var cutShort = await host.Anonymous.PostAsync("/notices/ack", broken);
        var (_, view) = await host.Coordinator.GetJsonAsync($"/api/v1/assignments/{w.LeadAssignment}");

        Assert.Equal(400, (int)opened.StatusCode);
        Assert.Contains("链接无效", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(400, (int)posted.StatusCode);
        Assert.Equal(400, (int)bare.StatusCode);
        Assert.Equal(400, (int)cutShort.StatusCode);
        Assert.Equal("dispatched", view.Str("status"));
    }

    private static string Link(string? text) => LinkPattern().Match(text ?? "").Value;

    [GeneratedRegex(@"http://\S+/notices/ack\?t=\S+")]
    private static partial Regex LinkPattern();
}
