using MimeKit;

namespace Supervision.Engine.Notices.Mail;

/// <summary>
/// Without a mail server: each message is a <c>.eml</c> file named by its Message-Id in the pickup folder, written
/// whole (to a temporary name, then renamed), so a retry replaces the same file and never leaves two.
/// </summary>
public sealed class PickupTransport(string directory) : IMailTransport
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("n")).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '@' ? c : '_')) + ".eml";
        var path = Path.Combine(directory, name);
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
        return $"written to {path}";
    }
}
