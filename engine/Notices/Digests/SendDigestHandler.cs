using MimeKit;
using Supervision.Engine.Notices.Mail;
using Supervision.Engine.Reactions;

namespace Supervision.Engine.Notices.Digests;

/// <summary>
/// Carries out <c>digest.send</c>: writes one digest and delivers it. Like <see cref="SendNoticeHandler"/>, the digest's
/// id names its Message-Id, a failure that a retry may mend is thrown so the reactions queue backs off and tries again,
/// and a digest recorded as sent is never sent twice.
/// </summary>
public sealed class SendDigestHandler(NoticeComposer composer, NoticeDelivery delivery, NoticeQuery notices, ReactionOptions reactions) : IReactionHandler
{
    public const string ReactionKind = "digest.send";

    public string Kind => ReactionKind;

    public async Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken)
    {
        var digest = reaction.Read<DigestRequest>();
        if (await notices.StateAsync(digest.Id, cancellationToken) is NoticeState.Sent)
        {
            return;
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["date"] = digest.Date,
            ["audience"] = digest.Audience,
            ["content"] = string.Join("\n", digest.Lines),
        };
        var to = new Addressees([.. digest.To.Select(MailboxAddress.Parse)], [], []);
        var message = composer.Compose(digest.Id, NoticeKinds.Digest, values, to, digest.Attachments.Select(Attachment));
        var attempt = reaction.Attempts + 1;
        await delivery.DeliverAsync(digest.Stream, digest.Id, NoticeKinds.Digest, digest.AgencyId, message, [], attempt, attempt >= reactions.MaxAttempts, cancellationToken);
    }

    private static MimePart Attachment(string path) => new("application", "json")
    {
        Content = new MimeContent(new MemoryStream(File.ReadAllBytes(path))),
        ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
        ContentTransferEncoding = ContentEncoding.Base64,
        FileName = Path.GetFileName(path),
    };
}
