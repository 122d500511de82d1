using System.Text.Json;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Notices;

/// <summary>Notices through a real SMTP conversation on loopback: what arrives, and that faults delay but never lose or double a notice.</summary>
[Collection(MailHostCollection.Name)]
public sealed class NoticeDeliveryTests(MailHostFixture host)
{
    [Fact]
    public async Task A_dispatch_puts_a_Chinese_notice_in_each_agency_mailbox()
    {
        var w = await ApiWorld.CreateAsync(host);

        var lead = Assert.Single(await host.MailToAsync($"{w.Lead}@example.org"));
        var coop = Assert.Single(await host.MailToAsync($"{w.Coop}@example.org"));

        Assert.Equal("【交办通知】二(一) 实施产业发展带动就业行动", lead.Subject);
        Assert.Equal("督查督办", lead.From.Mailboxes.Single().Name);
        Assert.Equal("联络员", lead.To.Mailboxes.Single().Name);
        // RFC 2047: the raw header is ASCII, the Chinese subject encoded in UTF-8 words.
        Assert.Contains("Subject: =?utf-8?b?", host.Smtp.Messages.First(m => m.To.Contains($"{w.Lead}@example.org")).Raw, StringComparison.Ordinal);
        Assert.Matches("^rx-[0-9a-f]{16}@office.example.org$", lead.MessageId);
        Assert.Contains("牵头单位", lead.TextBody, StringComparison.Ordinal);
        Assert.Contains("配合单位", coop.TextBody, StringComparison.Ordinal);
        Assert.Contains("/notices/ack?t=", lead.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=", lead.HtmlBody, StringComparison.Ordinal);
        Assert.NotEqual(lead.MessageId, coop.MessageId);
    }

    [Fact]
    public async Task Sent_notices_are_listed_for_the_office_with_the_server_reply_and_are_in_the_trail()
    {
        var w = await ApiWorld.CreateAsync(host);
        var lead = Assert.Single(await host.MailToAsync($"{w.Lead}@example.org"));
        var row = await NoticeAsync(lead.MessageId!, "sent");

        Assert.Equal("dispatch", row.Str("kind"));
        Assert.StartsWith("2.0.0 OK", row.Str("reply"), StringComparison.Ordinal);
        Assert.Equal(403, (await w.LeadUser.GetJsonAsync("/api/v1/notices")).Status);
        var (_, log) = await host.Inspector.GetJsonAsync("/api/v1/trail/export");
        Assert.Contains(log.GetProperty("events").EnumerateArray(), e => e.Str("type") == "NoticeSent" && e.Str("stream_id") == $"notices-{w.LeadAssignment}");
    }

    [Theory]
    [InlineData(SmtpFault.Busy421, 2)]
    [InlineData(SmtpFault.Rcpt451, 2)]
    [InlineData(SmtpFault.DropAfterData, 1)]
    [InlineData(SmtpFault.HangAfterData, 1)]
    public async Task A_passing_fault_delays_the_notice_but_it_arrives_once_by_its_message_id(SmtpFault fault, int times)
    {
        await host.QuietAsync();
        host.Smtp.FailNext(fault, times);
        var w = await ApiWorld.CreateAsync(host);

        var first = (await host.MailToAsync($"{w.Lead}@example.org"))[0];
        var row = await NoticeAsync(first.MessageId!, "sent");
        var coopRow = await NoticeAsync((await host.MailToAsync($"{w.Coop}@example.org"))[0].MessageId!, "sent");
        var lead = await host.MailToAsync($"{w.Lead}@example.org");
        var coop = await host.MailToAsync($"{w.Coop}@example.org");

        // A reply lost after DATA leaves the server's first copy: the retry is the same message, so a reader holds it once.
        Assert.Equal([first.MessageId], lead.Select(m => m.MessageId).Distinct());
        Assert.Single(coop.Select(m => m.MessageId).Distinct());
        // The fault met whichever of the two notices came first: that one took more than one attempt.
        Assert.True(Math.Max(row.GetProperty("attempts").GetInt32(), coopRow.GetProperty("attempts").GetInt32()) >= 2, $"{row} {coopRow}");
    }

    [Fact]
    public async Task A_refused_connection_delays_the_notice_until_the_server_is_back()
    {
        host.Smtp.Pause();
        var w = await ApiWorld.CreateAsync(host);
        await Task.Delay(700);
        Assert.Empty(host.Smtp.MessageIdsTo($"{w.Lead}@example.org"));
        var (_, pending) = await host.Coordinator.GetJsonAsync("/api/v1/notices?state=pending");
        host.Smtp.Resume();

        Assert.Contains(pending.EnumerateArray(), n => n.Str("last_error").Contains("connection", StringComparison.OrdinalIgnoreCase) || n.Str("last_error").Contains("refused", StringComparison.OrdinalIgnoreCase));
        Assert.Single(await host.MailToAsync($"{w.Lead}@example.org"));
    }

    [Fact]
    public async Task A_permanent_refusal_is_recorded_as_failed_with_the_server_reply_and_is_not_retried()
    {
        await host.QuietAsync();
        host.Smtp.FailNext(SmtpFault.Data554, 1);
        var w = await ApiWorld.CreateAsync(host, dispatch: false);
        var (_, _) = await host.Coordinator.PostAsync($"/api/v1/items/{w.ItemId}/dispatch");

        JsonElement failed = default;
        for (var i = 0; i < 200 && failed.ValueKind != JsonValueKind.Object; i++)
        {
            await Task.Delay(50);
            var (_, rows) = await host.Coordinator.GetJsonAsync("/api/v1/notices?state=failed");
            failed = rows.EnumerateArray().FirstOrDefault(n => n.GetProperty("recipients").EnumerateArray().Any(r => r.GetString()!.Contains(w.Lead, StringComparison.Ordinal) || r.GetString()!.Contains(w.Coop, StringComparison.Ordinal)));
        }

        Assert.Equal(JsonValueKind.Object, failed.ValueKind);
        Assert.Contains("554", failed.Str("reply"), StringComparison.Ordinal);
        var (_, parked) = await host.Admin.GetJsonAsync("/api/v1/reactions?state=failed");
        Assert.Contains(parked.EnumerateArray(), r => r.Str("kind") == "notice.send" && r.Str("last_error").Contains("notice.refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agency_without_an_address_is_reported_to_the_office_not_skipped()
    {
        var tag = Guid.NewGuid().ToString("n")[..8];
        Assert.Equal(201, (await host.Coordinator.PostAsync("/api/v1/agencies", new { id = $"mute-{tag}", name = "无联系人单位" })).Status);
        var (_, plan) = await host.Coordinator.PostAsync("/api/v1/plans", new { id = $"p-mute-{tag}", title = "方案", items = new[] { new { @ref = "一", title = "事项", lead = new[] { $"mute-{tag}" } } } });
        var item = plan.GetProperty("item_ids")[0].GetString();
        Assert.Equal(200, (await host.Coordinator.PostAsync($"/api/v1/items/{item}/dispatch")).Status);

        JsonElement row = default;
        for (var i = 0; i < 200 && row.ValueKind != JsonValueKind.Object; i++)
        {
            await Task.Delay(50);
            var (_, rows) = await host.Coordinator.GetJsonAsync("/api/v1/notices?state=unaddressed");
            row = rows.EnumerateArray().FirstOrDefault(n => n.Str("agency_id") == $"mute-{tag}");
        }

        Assert.Equal(JsonValueKind.Object, row.ValueKind);
        Assert.Equal("liaison", row.GetProperty("unaddressed")[0].GetString());
    }

    private async Task<JsonElement> NoticeAsync(string messageId, string state)
    {
        for (var i = 0; i < 200; i++)
        {
            var (_, rows) = await host.Coordinator.GetJsonAsync($"/api/v1/notices?state={state}&limit=500");
            foreach (var row in rows.EnumerateArray().Where(r => r.TryGetProperty("message_id", out var id) && id.GetString() == messageId))
            {
                return row;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No {state} notice with Message-Id {messageId}.");
    }
}
