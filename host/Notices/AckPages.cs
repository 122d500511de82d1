using System.Net;
using Supervision.Engine.Access;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Notices.Links;
using Supervision.Engine.Trail;

namespace Supervision.Host.Notices;

/// <summary>
/// The page an acknowledge link opens: GET shows what will be acknowledged and a button (a GET never acts, so a mail
/// scanner following links changes nothing); POST acknowledges, in the trail as by the recipient through the e-mail
/// link. Tampered, expired and used links get a page saying so and change nothing. Plain server-rendered HTML, in Chinese
/// and English, outside the API description; the web UI may restyle it.
/// </summary>
public static class AckPages
{
    public static void MapAckPages(this WebApplication app)
    {
        app.MapGet("/notices/ack", async (string? t, AckLinks links, IGrainFactory grains, HttpContext ctx) =>
        {
            var (verdict, link) = await links.CheckAsync(t, ctx.RequestAborted);
            if (verdict != AckLinkVerdict.Valid || link is null)
            {
                return Refused(verdict);
            }

            var view = await grains.GetGrain<IAssignmentGrain>(link.AssignmentId).GetAsync(ActorOf(link));
            return view is null
                ? Refused(AckLinkVerdict.Tampered)
                : AckPage.Html(200, "确认签收 · Confirm acknowledgement",
                    $"<p>事项 Item：<b>{E(view.ItemRef)} {E(view.ItemTitle)}</b></p><p>单位 Agency：{E(view.AgencyId)}</p>"
                    + $"<p>签收后，<b>{E(link.RecipientName)}</b>（{E(link.RecipientEmail)}）将登记为责任人。 · {E(link.RecipientName)} will be named as the person responsible.</p>"
                    + $"<form method=\"post\" action=\"/notices/ack\"><input type=\"hidden\" name=\"t\" value=\"{E(t!)}\"><button type=\"submit\">确认签收 · Acknowledge</button></form>");
        }).ExcludeFromDescription().AllowAnonymous();

        app.MapPost("/notices/ack", async (AckLinks links, IGrainFactory grains, HttpContext ctx) =>
        {
            var token = await TokenAsync(ctx);
            var (verdict, link) = await links.CheckAsync(token, ctx.RequestAborted);
            if (verdict != AckLinkVerdict.Valid || link is null)
            {
                return Refused(verdict);
            }

            try
            {
                var name = string.IsNullOrWhiteSpace(link.RecipientName) ? link.RecipientEmail : link.RecipientName;
                var view = await grains.GetGrain<IAssignmentGrain>(link.AssignmentId)
                    .AcknowledgeAsync(new Responsible(name, null, link.RecipientEmail), ActorOf(link), AckLinks.CorrelationId(link));
                await links.UseAsync(link, ctx.RequestAborted);
                return AckPage.Html(200, "已签收 · Acknowledged", $"<p>{E(view.ItemRef)} {E(view.ItemTitle)}：已签收，责任人 {E(name)}。 · Acknowledged; {E(name)} is responsible.</p>");
            }
            catch (SupervisionException refused)
            {
                return AckPage.Html(409, "无法签收 · Cannot acknowledge",
                    $"<p>此事项当前不能签收（可能已签收、已提出异议或已撤回）。 · This item cannot be acknowledged now (already acknowledged, disputed or withdrawn).</p><p><small>{E(refused.Code)}</small></p>");
            }
        }).ExcludeFromDescription().AllowAnonymous();
    }

    // A form that cannot be read (no boundary, cut short, too large) is no link: the same page as a tampered one.
    private static async Task<string?> TokenAsync(HttpContext ctx)
    {
        try
        {
            return ctx.Request.HasFormContentType ? (await ctx.Request.ReadFormAsync(ctx.RequestAborted))["t"].ToString() : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Who acts through a link: the recipient, as a user of the agency the link is bound to.</summary>
    public static Actor ActorOf(AckLink link) => new($"mail:{link.RecipientEmail}", Roles.Agency, link.AgencyId);

    private static IResult Refused(AckLinkVerdict verdict) => verdict switch
    {
        AckLinkVerdict.Expired => AckPage.Html(410, "链接已过期 · Link expired", "<p>此签收链接已过期，请登录系统签收。 · This link has expired; please sign in to acknowledge.</p>"),
        AckLinkVerdict.Used => AckPage.Html(409, "链接已使用 · Link already used", "<p>此签收链接已经使用过，事项已签收。 · This link was already used; the item is acknowledged.</p>"),
        _ => AckPage.Html(400, "链接无效 · Invalid link", "<p>此链接无效（可能被改动或不完整），未做任何更改。 · This link is not valid (altered or cut short); nothing was changed.</p>"),
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
