using Microsoft.Extensions.Logging;
using MimeKit;
using Supervision.Engine.Errors;
using Supervision.Engine.Notices.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices.Mail;

/// <summary>
/// Hands a composed notice to the transport and records what it knows: sent (with the server's reply) or, for good,
/// failed in the notice's trail stream; a failure that a retry may mend only in the <c>notices</c> row, and is thrown
/// so the reactions queue backs off and tries again with the same message.
/// </summary>
public sealed class NoticeDelivery(IMailTransport transport, IGrainFactory grains, ITables tables, TimeProvider clock, ILogger<NoticeDelivery> log)
{
    /// <param name="stream">The notice stream's key: the assignment id, or <c>digest~date</c>.</param>
    /// <param name="attempt">This attempt's number, from 1.</param>
    /// <param name="last">No further attempt follows: a failure now is final.</param>
    public async Task DeliverAsync(
        string stream, string noticeId, string kind, string? agencyId, MimeMessage message, IReadOnlyList<string> unaddressed, int attempt, bool last,
        CancellationToken cancellationToken)
    {
        var to = message.To.Mailboxes.Select(m => m.ToString()).ToList();
        var cc = message.Cc.Mailboxes.Select(m => m.ToString()).ToList();
        string reply;
        try
        {
            reply = await transport.SendAsync(message, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (permanent, text) = MailFailure.Of(error);
            if (permanent || last)
            {
                log.LogWarning("Notice {NoticeId} ({Kind}) to {To} failed for good after {Attempts} attempts: {Reply}", noticeId, kind, to, attempt, text);
                await grains.GetGrain<INoticeLogGrain>(stream).RecordAsync(new NoticeFailed(noticeId, kind, message.Subject ?? "", to, cc, message.MessageId ?? "", text, attempt));
                throw permanent
                    ? SupervisionException.Conflict("notice.refused", $"The mail server refused notice {noticeId} for good: {text}").With("reply", text)
                    : error;
            }

            log.LogInformation("Notice {NoticeId} ({Kind}) attempt {Attempt} failed, tried again later: {Reply}", noticeId, kind, attempt, text);
            await tables.ExecuteAsync([NoticeRows.Attempted(stream, noticeId, kind, agencyId, attempt, text, clock.GetUtcNow())], cancellationToken);
            throw;
        }

        await grains.GetGrain<INoticeLogGrain>(stream).RecordAsync(new NoticeSent(noticeId, kind, message.Subject ?? "", to, cc, message.MessageId ?? "", reply, attempt, unaddressed));
    }
}
