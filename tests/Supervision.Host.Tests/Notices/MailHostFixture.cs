using System.Globalization;
using MimeKit;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Notices;

/// <summary>A host that sends its notices to a loopback SMTP server of the tests' own, with quick retries.</summary>
public sealed class MailHostFixture : HostFixture
{
    public LoopbackSmtp Smtp { get; } = new();

    protected override IEnumerable<string> Settings =>
    [
        "--Supervision:Smtp:Host", "127.0.0.1",
        "--Supervision:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture),
        "--Supervision:Smtp:From", "督查督办 <duban@office.example.org>",
        "--Supervision:Smtp:Timeout", "00:00:02",
        "--Supervision:Reactions:FirstBackoff", "00:00:00.200",
        "--Supervision:Reactions:MaxBackoff", "00:00:00.500",
        "--Supervision:Reactions:MaxAttempts", "6",
        "--Supervision:Notices:Office", "督查室 <office@office.example.org>",
        "--Supervision:Notices:DigestDueWithinDays", "30",
    ];

    /// <summary>
    /// Waits until no notice of an earlier test is still on its way, so a fault armed next meets this test's notices
    /// and not a straggler's.
    /// </summary>
    public async Task QuietAsync(int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            // A notice not yet tried is only its reaction; one being retried is also a pending notice row.
            var (_, reactions) = await Admin.GetJsonAsync("/api/v1/reactions?state=pending");
            var (_, notices) = await Coordinator.GetJsonAsync("/api/v1/notices?state=pending");
            if (!reactions.EnumerateArray().Any(r => r.GetProperty("kind").GetString() == "notice.send") && notices.GetArrayLength() == 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("Notices of earlier tests were still pending.");
    }

    /// <summary>The messages taken for <paramref name="address"/>, parsed, waiting up to <paramref name="count"/> of them.</summary>
    public async Task<List<MimeMessage>> MailToAsync(string address, int count = 1, int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (Smtp.MessageIdsTo(address).Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        return [.. Smtp.Messages.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase))
            .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Raw))))];
    }
}

[CollectionDefinition(Name)]
public sealed class MailHostCollection : ICollectionFixture<MailHostFixture>
{
    public const string Name = "mail host";
}
