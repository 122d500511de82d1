using MimeKit;
using Supervision.Engine.Notices.Templates;

namespace Supervision.Engine.Notices.Mail;

/// <summary>
/// Writes a notice as a MIME message: the rendered subject (RFC 2047-encoded by MimeKit when not ASCII), a plain and
/// an HTML part, and a Message-Id derived from the notice's cause, so every retry is the same message.
/// </summary>
public sealed class NoticeComposer(NoticeTemplates templates, NoticeOptions options, SmtpOptions smtp, TimeProvider clock)
{
    public string Language => options.Language;

    public MimeMessage Compose(string noticeId, string kind, IReadOnlyDictionary<string, string?> values, Addressees to, IEnumerable<MimePart>? attachments = null)
    {
        var rendered = templates.Render(kind, options.Language, values);
        var from = MailboxAddress.Parse(smtp.From);
        var message = new MimeMessage { Subject = rendered.Subject, Date = clock.GetUtcNow(), MessageId = MessageId(noticeId) };
        message.From.Add(from);
        message.To.AddRange(to.To);
        message.Cc.AddRange(to.Cc);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Supervision-Notice", noticeId);
        message.Headers.Add("X-Supervision-Kind", kind);
        var body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html };
        foreach (var attachment in attachments ?? [])
        {
            body.Attachments.Add(attachment);
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The Message-Id of a notice: its id at the sender's domain.</summary>
    public string MessageId(string noticeId) => $"{noticeId}@{MailboxAddress.Parse(smtp.From).Domain}";
}
