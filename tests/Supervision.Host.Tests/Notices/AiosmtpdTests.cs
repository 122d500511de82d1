using System.Globalization;
using MimeKit;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Notices;

/// <summary>A host whose mail server is Debian's aiosmtpd, reached with STARTTLS and AUTH.</summary>
public sealed class AiosmtpdHostFixture : HostFixture, IDisposable
{
    public Aiosmtpd Server { get; } = new();

    protected override IEnumerable<string> Settings =>
    [
        "--Supervision:Smtp:Host", "127.0.0.1",
        "--Supervision:Smtp:Port", Server.StartTlsPort.ToString(CultureInfo.InvariantCulture),
        "--Supervision:Smtp:Security", "starttls",
        "--Supervision:Smtp:User", Aiosmtpd.User,
        "--Supervision:Smtp:Password", Aiosmtpd.Password,
        "--Supervision:Smtp:CheckCertificate", "false",
        "--Supervision:Smtp:From", "督查督办 <duban@office.example.org>",
        "--Supervision:Notices:Language", "en",
    ];

    public void Dispose() => Server.Dispose();
}

/// <summary>Notices delivered through a real, independent SMTP server (aiosmtpd) over STARTTLS with AUTH.</summary>
public sealed class AiosmtpdTests(AiosmtpdHostFixture host) : IClassFixture<AiosmtpdHostFixture>
{
    [Fact]
    public async Task Aiosmtpd_takes_the_dispatch_notices_over_starttls_with_auth_in_english_when_so_configured()
    {
        var w = await ApiWorld.CreateAsync(host);

        MimeMessage? lead = null;
        for (var i = 0; i < 300 && lead is null; i++)
        {
            await Task.Delay(50);
            lead = host.Server.Delivered()
                .Select(raw => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))))
                .FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address == $"{w.Lead}@example.org"));
        }

        Assert.NotNull(lead);
        Assert.Equal("[Dispatch] 二(一) 实施产业发展带动就业行动", lead.Subject);
        Assert.Equal("督查督办", lead.From.Mailboxes.Single().Name);
        Assert.Contains("Acknowledge by:", lead.TextBody, StringComparison.Ordinal);
        Assert.Contains("自治区人力资源和社会保障厅", lead.TextBody, StringComparison.Ordinal);
        Assert.EndsWith("@office.example.org", lead.MessageId, StringComparison.Ordinal);
    }
}
