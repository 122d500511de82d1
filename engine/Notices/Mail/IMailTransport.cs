using MimeKit;

namespace Supervision.Engine.Notices.Mail;

/// <summary>Hands a message to the mail system and returns what it answered (the server's reply, or where the file went).</summary>
public interface IMailTransport
{
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
