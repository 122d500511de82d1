using MailKit.Net.Smtp;

namespace Supervision.Engine.Notices.Mail;

/// <summary>What a failed attempt means: the server's reply in words, and whether trying again can help (4xx, a lost or refused connection) or not (5xx).</summary>
public static class MailFailure
{
    public static (bool Permanent, string Reply) Of(Exception error) => error switch
    {
        SmtpCommandException c => ((int)c.StatusCode >= 500, $"{(int)c.StatusCode} {c.Message} ({c.ErrorCode})"),
        SmtpProtocolException p => (false, $"protocol: {p.Message} (the server may have taken the message; a retry reuses its Message-Id)"),
        IOException io => (false, $"connection: {io.Message} (the server may have taken the message; a retry reuses its Message-Id)"),
        TimeoutException t => (false, $"timeout: {t.Message}"),
        OperationCanceledException => (false, "timeout: the server did not answer in time"),
        _ => (false, $"{error.GetType().Name}: {error.Message}"),
    };
}
