using Microsoft.Extensions.Logging;
using MimeKit;
using Supervision.Engine.Access;
using Supervision.Engine.Notices.Events;
using Supervision.Engine.Notices.Mail;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;

namespace Supervision.Engine.Notices.Digests;

/// <summary>
/// Sends a day's digests (<see cref="SendAsync"/>: what the daily trigger and <c>POST /api/v1/notices/digest</c> call).
/// Each digest's id names the day and its audience, so sending the same day again sends only what did not go.
/// </summary>
public sealed class DigestSender(
    DigestBuilder builder, NoticeComposer composer, NoticeDelivery delivery, NoticeQuery notices, IGrainFactory grains, DueTimes dueTimes, TimeProvider clock,
    ILogger<DigestSender> log)
{
    /// <summary>Sends the digests of <paramref name="day"/> (default: today in the office's zone). Only the office may ask.</summary>
    public async Task<DigestResult> SendAsync(Actor actor, DateOnly? day = null, CancellationToken cancellationToken = default)
    {
        if (actor.Role is not (Roles.Admin or Roles.Coordinator or Roles.System))
        {
            throw Errors.SupervisionException.Forbidden("Only the admin or a coordinator sends the digests.");
        }

        var date = day ?? dueTimes.LocalDate(clock.GetUtcNow());
        var stream = $"digest~{date:yyyy-MM-dd}";
        var (sent, before, failed) = (0, 0, 0);
        var digests = await builder.BuildAsync(date, composer.Language, cancellationToken);
        foreach (var digest in digests)
        {
            if (await notices.StateAsync(digest.Id, cancellationToken) is NoticeState.Sent)
            {
                before++;
                continue;
            }

            if (digest.To.Count == 0)
            {
                await grains.GetGrain<INoticeLogGrain>(stream).RecordAsync(new NoticeUnaddressed(digest.Id, NoticeKinds.Digest, digest.AgencyId ?? "office", [digest.AgencyId is null ? Recipients.Office : Recipients.Liaison]));
                failed++;
                continue;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["audience"] = digest.Audience,
                ["content"] = string.Join("\n", digest.Lines),
            };
            var message = composer.Compose(digest.Id, NoticeKinds.Digest, values, new Addressees(digest.To, [], []), digest.Attachments.Select(Attachment));
            try
            {
                await delivery.DeliverAsync(stream, digest.Id, NoticeKinds.Digest, digest.AgencyId, message, [], 1, last: true, cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning("Digest {DigestId} was not sent: {Error}", digest.Id, e.Message);
                failed++;
            }
        }

        return new DigestResult(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), sent, before, failed);
    }

    private static MimePart Attachment(string path) => new("application", "json")
    {
        Content = new MimeContent(new MemoryStream(File.ReadAllBytes(path))),
        ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
        ContentTransferEncoding = ContentEncoding.Base64,
        FileName = Path.GetFileName(path),
    };
}
