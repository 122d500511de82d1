namespace Supervision.Engine.Notices;

/// <summary>Who the office is in mail, and how notices are written (<c>Supervision:Notices:*</c>).</summary>
public sealed class NoticeOptions
{
    /// <summary>The office's address(es), comma-separated: copied on supervision slips, interviews and public notices.</summary>
    public string? Office { get; set; }

    /// <summary>The leading group's office (领导小组办公室), copied on public notices.</summary>
    public string? LeadingGroup { get; set; }

    /// <summary>The office head: hears of the office's own late reviews.</summary>
    public string? OfficeHead { get; set; }

    /// <summary>Inspectors who receive the day's signed checkpoint with the daily digest.</summary>
    public string? Inspectors { get; set; }

    /// <summary><c>zh-CN</c> (default) or <c>en</c>: the language notices are written in.</summary>
    public string Language { get; set; } = "zh-CN";

    /// <summary>The address people reach the host at, for links in notices (e.g. <c>https://duban.example.gov.cn</c>).</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>How long an acknowledge link in a dispatch notice works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The digest lists obligations due within this many days as "due soon".</summary>
    public int DigestDueWithinDays { get; set; } = 3;

    /// <summary>The working-day hour (office's zone) the daily digest is sent at.</summary>
    public int DigestHour { get; set; } = 8;

    /// <summary>Where the templates are; by default <c>notices/templates</c> next to the application.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>Set by the host from the data folder: where <c>.eml</c> files go without a mail server.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("data", "mail-pickup");

    /// <summary>Set by the host from the data folder: the key that signs acknowledge links.</summary>
    public string LinkKeyPath { get; set; } = Path.Combine("data", "keys", "notice-link-key");

    /// <summary>Set by the host from the data folder: where signed checkpoints are, for the inspectors' digest.</summary>
    public string? CheckpointDirectory { get; set; }
}
