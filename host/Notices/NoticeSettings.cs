using MimeKit;
using Supervision.Engine.Notices.Mail;
using Supervision.Engine.Notices.Templates;
using Supervision.Host.Configuration;

namespace Supervision.Host.Notices;

/// <summary>
/// Checks the mail settings at start, one sentence per wrong setting, and points the notices at the data folder:
/// <c>mail-pickup/</c> for <c>.eml</c> files, <c>keys/notice-link-key</c>, <c>checkpoints/</c> for the inspectors' digest.
/// </summary>
public static class NoticeSettings
{
    public static IEnumerable<string> Problems(SupervisionOptions options)
    {
        var (smtp, notices) = (options.Smtp, options.Notices);
        if (smtp.Security?.ToLowerInvariant() is not ("none" or "starttls" or "ssl"))
        {
            yield return $"Setting Supervision:Smtp:Security is invalid: must be none, starttls or ssl (was '{smtp.Security}').";
        }

        if (smtp.Port is < 1 or > 65535)
        {
            yield return $"Setting Supervision:Smtp:Port is invalid: must be 1–65535 (was {smtp.Port}).";
        }

        if (!MailboxAddress.TryParse(smtp.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            yield return $"Setting Supervision:Smtp:From is invalid: must be an address such as '督查督办 <duban@example.gov.cn>' (was '{smtp.From}').";
        }

        if (!string.IsNullOrEmpty(smtp.User) && string.IsNullOrEmpty(smtp.Password))
        {
            yield return "Setting Supervision:Smtp:Password is invalid: a User is set, so its password is needed.";
        }

        if (smtp.Timeout < TimeSpan.FromSeconds(1) || smtp.Timeout > TimeSpan.FromMinutes(10))
        {
            yield return $"Setting Supervision:Smtp:Timeout is invalid: must be between 00:00:01 and 00:10:00 (was {smtp.Timeout}).";
        }

        if (smtp.Connections is < 1 or > 64)
        {
            yield return $"Setting Supervision:Smtp:Connections is invalid: must be 1–64 (was {smtp.Connections}).";
        }

        foreach (var (name, value) in new[] { ("Office", notices.Office), ("LeadingGroup", notices.LeadingGroup), ("OfficeHead", notices.OfficeHead), ("Inspectors", notices.Inspectors) })
        {
            if (!string.IsNullOrWhiteSpace(value) && (!InternetAddressList.TryParse(value, out var list) || list.Mailboxes.Count() != AddressBook.Parse(value).Count()))
            {
                yield return $"Setting Supervision:Notices:{name} is invalid: must be e-mail addresses separated by commas, such as '督查室 <dcs@example.gov.cn>, b@example.gov.cn' (was '{value}').";
            }
        }

        if (!NoticeTemplates.Languages.Contains(notices.Language))
        {
            yield return $"Setting Supervision:Notices:Language is invalid: must be zh-CN or en (was '{notices.Language}').";
        }

        if (!Uri.TryCreate(notices.PublicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            yield return $"Setting Supervision:Notices:PublicUrl is invalid: must be the address people open the host at, such as https://duban.example.gov.cn (was '{notices.PublicUrl}').";
        }

        if (notices.LinkLifetime < TimeSpan.FromHours(1) || notices.LinkLifetime > TimeSpan.FromDays(90))
        {
            yield return $"Setting Supervision:Notices:LinkLifetime is invalid: must be between 01:00:00 and 90.00:00:00 (was {notices.LinkLifetime}).";
        }

        if (notices.DigestHour is < 0 or > 23 || notices.DigestDueWithinDays is < 0 or > 60)
        {
            yield return $"Setting Supervision:Notices:DigestHour (0–23) or DigestDueWithinDays (0–60) is invalid (was {notices.DigestHour}, {notices.DigestDueWithinDays}).";
        }

        string? templates = null;
        try
        {
            NoticeTemplates.Load(notices.TemplateDirectory);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            templates = $"Setting Supervision:Notices:TemplateDirectory is invalid: {e.Message}";
        }

        if (templates is not null)
        {
            yield return templates;
        }
    }

    /// <summary>Points the notices at the data folder and registers the settings for the engine.</summary>
    public static void AddSupervisionNotices(this WebApplicationBuilder builder, SupervisionOptions options)
    {
        var data = Path.GetFullPath(options.DataDirectory);
        options.Notices.PickupDirectory = Path.Combine(data, "mail-pickup");
        options.Notices.LinkKeyPath = Path.Combine(options.KeysDirectory, "notice-link-key");
        options.Notices.CheckpointDirectory = options.CheckpointDirectory;
        builder.Services.AddSingleton(options.Notices);
        builder.Services.AddSingleton(options.Smtp);
    }
}
