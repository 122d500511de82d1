namespace Supervision.Engine.Notices.Mail;

/// <summary>
/// The mail server (<c>Supervision:Smtp:*</c>). With no <see cref="Host"/> messages are written as <c>.eml</c> files to
/// the pickup folder instead (<c>data/mail-pickup/</c>), so a new installation sends nothing by surprise.
/// </summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary><c>none</c>, <c>starttls</c> (required, not opportunistic) or <c>ssl</c> (TLS from the first byte).</summary>
    public string Security { get; set; } = "none";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>督查督办 &lt;duban@example.gov.cn&gt;</c>; its domain also names every Message-Id.</summary>
    public string From { get; set; } = "督查督办 <supervision@localhost>";

    /// <summary>How long one SMTP command may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Open connections kept and reused (one per concurrent sender).</summary>
    public int Connections { get; set; } = 4;

    /// <summary>Whether the server's TLS certificate must be valid for its name (turn off only for a test server).</summary>
    public bool CheckCertificate { get; set; } = true;

    /// <summary>Keep connections open and reuse them (default); false opens a new connection per message.</summary>
    public bool Reuse { get; set; } = true;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}
