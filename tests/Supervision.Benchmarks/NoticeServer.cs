using System.Globalization;
using Supervision.Tests.Shared;

namespace Supervision.Benchmarks;

/// <summary>Where a notices wave sends: the host's SMTP settings and how many messages the server holds so far.</summary>
public sealed record NoticeServer(string[] Settings, Func<int> Delivered, Func<int> Connections)
{
    public static NoticeServer Loopback(LoopbackSmtp smtp) => new(
        ["--Supervision:Smtp:Host", "127.0.0.1", "--Supervision:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture)],
        () => smtp.Messages.Count,
        () => smtp.Connections);

    /// <summary>Debian's aiosmtpd with STARTTLS required (a self-signed certificate) and AUTH, as the notice tests use it.</summary>
    public static NoticeServer StartTls(Aiosmtpd server) => new(
        [
            "--Supervision:Smtp:Host", "127.0.0.1",
            "--Supervision:Smtp:Port", server.StartTlsPort.ToString(CultureInfo.InvariantCulture),
            "--Supervision:Smtp:Security", "starttls",
            "--Supervision:Smtp:User", Aiosmtpd.User,
            "--Supervision:Smtp:Password", Aiosmtpd.Password,
            "--Supervision:Smtp:CheckCertificate", "false",
        ],
        () => server.DeliveredCount,
        () => -1);
}
