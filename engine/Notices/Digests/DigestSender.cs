using Supervision.Engine.Access;
using Supervision.Engine.Notices.Events;
using Supervision.Engine.Notices.Mail;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;

namespace Supervision.Engine.Notices.Digests;

/// <summary>
/// Sends a day's digests (<see cref="SendAsync"/>: what the daily trigger and <c>POST /api/v1/notices/digest</c> call).
/// Each digest is a <c>digest.send</c> reaction whose id names the day and its audience: it is tried at once, and one
/// that fails is retried by the reactions queue like every notice, so an outage of the mail server loses nothing and
/// sending the same day again sends only what did not go.
/// </summary>
public sealed class DigestSender(
    DigestBuilder builder, NoticeComposer composer, NoticeQuery notices, IGrainFactory grains, ITables tables, ReactionRunner runner, ReactionOptions reactions,
    DueTimes dueTimes, TimeProvider clock)
{
    /// <summary>Sends the digests of <paramref name="day"/> (default: today in the office's zone). Only the office may ask.</summary>
    /// <returns>Failed counts the digests this call did not send: without an address, or left to the queue's retries.</returns>
    public async Task<DigestResult> SendAsync(Actor actor, DateOnly? day = null, CancellationToken cancellationToken = default)
    {
        if (actor.Role is not (Roles.Admin or Roles.Coordinator or Roles.System))
        {
            throw Errors.SupervisionException.Forbidden("Only the admin or a coordinator sends the digests.");
        }

        var date = day ?? dueTimes.LocalDate(clock.GetUtcNow());
        var stream = $"digest~{date:yyyy-MM-dd}";
        var (sent, before, failed) = (0, 0, 0);
        foreach (var digest in await builder.BuildAsync(date, composer.Language, cancellationToken))
        {
            if (await notices.StateAsync(digest.Id, cancellationToken) is NoticeState.Sent)
            {
                before++;
            }
            else if (digest.To.Count == 0)
            {
                await grains.GetGrain<INoticeLogGrain>(stream).RecordAsync(new NoticeUnaddressed(digest.Id, NoticeKinds.Digest, digest.AgencyId ?? "office", [digest.AgencyId is null ? Recipients.Office : Recipients.Liaison]));
                failed++;
            }
            else if (await ClaimAsync(actor, stream, date, digest, cancellationToken) is { } reaction && await runner.RunAsync(reaction, cancellationToken))
            {
                sent++;
            }
            else
            {
                failed++;
            }
        }

        return new DigestResult(Day(date), sent, before, failed);
    }

    // The digest's reaction, held by this call (leased, so the dispatcher leaves it alone meanwhile): new, or parked
    // before and taken back. Null when the queue already holds it pending: its retries send it, not this call.
    private async Task<PendingReaction?> ClaimAsync(Actor actor, string stream, DateOnly date, Digest digest, CancellationToken cancellationToken)
    {
        var request = new DigestRequest(stream, digest.Id, Day(date), digest.Audience, digest.AgencyId, [.. digest.To.Select(t => t.ToString())], digest.Lines, digest.Attachments);
        var now = clock.GetUtcNow();
        var reaction = Reaction.Of(SendDigestHandler.ReactionKind, digest.Id, request, settle: true);
        var pending = new PendingReaction(StreamIds.Of(StreamIds.NoticesKind, stream), 0, reaction.Kind, reaction.Target, reaction.Payload, actor, now, 0, Settle: true);
        var held = await tables.ExecuteAsync([ReactionRows.InsertOnce(pending, reactions.Lease), ReactionRows.TakeBackParked(pending.Id, now + reactions.Lease)], cancellationToken);
        return held > 0 ? pending : null;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
