using Microsoft.Extensions.Logging;
using Supervision.Engine.Agencies;
using Supervision.Engine.Notices.Events;
using Supervision.Engine.Notices.Links;
using Supervision.Engine.Notices.Mail;
using Supervision.Engine.Notices.Templates;
using Supervision.Engine.Obligations;
using Supervision.Engine.Reactions;

namespace Supervision.Engine.Notices;

/// <summary>
/// Carries out <c>notice.send</c>: looks up the addresses, writes the notice in the configured language, and delivers it.
/// The notice's id is its reaction's id, and its Message-Id derives from it, so a retry after a lost reply sends the
/// same message again and a notice recorded as sent is never sent twice.
/// </summary>
public sealed class SendNoticeHandler(
    IGrainFactory grains, AddressBook addresses, NoticeComposer composer, NoticeWords words, AckLinks links, NoticeDelivery delivery,
    NoticeQuery notices, NoticeOptions options, ReactionOptions reactions, TimeProvider clock, ILogger<SendNoticeHandler> log) : IReactionHandler
{
    public string Kind => NoticeRules.Kind;

    public async Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken)
    {
        var id = reaction.Id;
        if (await notices.StateAsync(id, cancellationToken) is NoticeState.Sent or NoticeState.Unaddressed)
        {
            return;
        }

        var request = reaction.Read<NoticeRequest>();
        var agency = await grains.GetGrain<IAgencyGrain>(request.AgencyId).GetAsync();
        var to = addresses.Resolve(request.Notify, agency, request.Responsible);
        if (to.To.Count == 0)
        {
            log.LogWarning("Notice {NoticeId} ({Kind}) for {AgencyId} has no usable address for {Recipients}; the office sees it", id, request.Kind, request.AgencyId, to.Unaddressed);
            await grains.GetGrain<INoticeLogGrain>(request.AssignmentId).RecordAsync(new NoticeUnaddressed(id, request.Kind, request.AgencyId, to.Unaddressed));
            return;
        }

        var link = request.AckLink
            ? links.Url(new AckLink(id, request.AssignmentId, request.AgencyId, to.To[0].Name ?? "", to.To[0].Address, clock.GetUtcNow() + options.LinkLifetime))
            : null;
        var late = request.LateAgencyId is { } lateId ? await grains.GetGrain<IAgencyGrain>(lateId).GetAsync() : null;
        var message = composer.Compose(id, request.Kind, Values(request, agency, link, late), to);
        var attempt = reaction.Attempts + 1;
        await delivery.DeliverAsync(request.AssignmentId, id, request.Kind, request.AgencyId, message, to.Unaddressed, attempt, attempt >= reactions.MaxAttempts, cancellationToken);
    }

    private Dictionary<string, string?> Values(NoticeRequest r, AgencyView? agency, string? link, AgencyView? late)
    {
        var lang = composer.Language;
        return new(StringComparer.Ordinal)
        {
            ["kind"] = r.Kind,
            ["agency_name"] = agency?.Name ?? r.AgencyId,
            ["item_ref"] = r.ItemRef,
            ["item_title"] = r.ItemTitle,
            ["plan_id"] = r.PlanId,
            ["assignment_id"] = r.AssignmentId,
            ["role_label"] = NoticeWords.Role(r.Role, lang),
            ["due"] = words.Instant(r.DueAt, lang),
            ["due_days"] = words.WorkingDays(r.DueAt, lang),
            ["obligation_label"] = NoticeWords.Label(r.Obligation ?? (r.Kind == NoticeKinds.Dispatch ? ObligationKinds.Acknowledge : ObligationKinds.Complete).Name, lang),
            ["step"] = r.Step,
            ["colour"] = r.Colour,
            ["colour_label"] = NoticeWords.Label(r.Colour ?? "blue", lang),
            ["outcome_label"] = NoticeWords.Label(r.Step, lang),
            ["detail"] = r.Detail,
            ["period"] = r.Period,
            ["report"] = r.Report?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["responsible_name"] = r.Responsible?.Name,
            ["link"] = link,
            ["late_agency_name"] = late?.Name ?? r.LateAgencyId,
            ["link_expires"] = link is null ? null : words.Instant(clock.GetUtcNow() + options.LinkLifetime, lang),
        };
    }
}
