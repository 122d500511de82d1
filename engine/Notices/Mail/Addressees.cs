using MimeKit;

namespace Supervision.Engine.Notices.Mail;

/// <summary>Who a notice goes to (To), who is copied (Cc), and which recipient words had no usable address.</summary>
public sealed record Addressees(IReadOnlyList<MailboxAddress> To, IReadOnlyList<MailboxAddress> Cc, IReadOnlyList<string> Unaddressed)
{
    public IEnumerable<string> All => To.Concat(Cc).Select(a => a.ToString());
}
