using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Notices;

/// <summary>The daily digest sent on demand: per agency what is due, to the office what went wrong; the same day twice sends nothing more.</summary>
[Collection(MailHostCollection.Name)]
public sealed class DigestTests(MailHostFixture host)
{
    [Fact]
    public async Task The_digest_tells_each_agency_what_it_owes_and_is_sent_once_a_day()
    {
        var w = await ApiWorld.CreateAsync(host);
        await host.MailToAsync($"{w.Lead}@example.org");

        var (status, first) = await host.Coordinator.PostAsync("/api/v1/notices/digest?day=2030-01-02");
        var digest = (await host.MailToAsync($"{w.Lead}@example.org", 2)).Single(m => m.Subject!.StartsWith("【每日督办摘要】", StringComparison.Ordinal));
        var (_, second) = await host.Coordinator.PostAsync("/api/v1/notices/digest?day=2030-01-02");
        var (refused, _) = await host.Inspector.PostAsync("/api/v1/notices/digest");

        Assert.Equal(200, status);
        Assert.True(first.GetProperty("sent").GetInt32() >= 1, first.ToString());
        Assert.Contains("二(一) 实施产业发展带动就业行动", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("签收", digest.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, second.GetProperty("sent").GetInt32());
        Assert.True(second.GetProperty("already_sent").GetInt32() >= 1, second.ToString());
        Assert.Equal(403, refused);
    }

    [Fact]
    public async Task A_digest_due_while_the_mail_server_is_down_arrives_once_when_it_is_back()
    {
        var w = await ApiWorld.CreateAsync(host);
        await host.MailToAsync($"{w.Lead}@example.org");
        await host.QuietAsync();

        // Down: every connection, new or pooled, is turned away with 421 until the server is back.
        host.Smtp.FailNext(SmtpFault.Busy421, int.MaxValue);
        var (status, during) = await host.Coordinator.PostAsync("/api/v1/notices/digest?day=2030-01-03");
        host.Smtp.FailNext(SmtpFault.None, 0);
        var digests = await DigestsToAsync($"{w.Lead}@example.org");
        var (_, again) = await host.Coordinator.PostAsync("/api/v1/notices/digest?day=2030-01-03");
        await host.QuietAsync();

        Assert.Equal(200, status);
        Assert.Equal(0, during.GetProperty("sent").GetInt32());
        Assert.True(during.GetProperty("failed").GetInt32() >= 1, during.ToString());
        // The queue retried it after the outage: one digest, by one Message-Id, and asking again sends it no more.
        Assert.Single(digests);
        Assert.Equal(0, again.GetProperty("sent").GetInt32());
        Assert.Single((await DigestsToAsync($"{w.Lead}@example.org")).Select(m => m.MessageId).Distinct());
        Assert.Single(await DigestsToAsync($"{w.Lead}@example.org"));
    }

    private async Task<List<MimeKit.MimeMessage>> DigestsToAsync(string address) =>
        [.. (await host.MailToAsync(address, 2)).Where(m => m.Subject!.StartsWith("【每日督办摘要】", StringComparison.Ordinal) && m.Subject.Contains("2030-01-03", StringComparison.Ordinal))];
}
