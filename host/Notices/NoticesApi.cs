using System.Globalization;
using Supervision.Engine.Errors;
using Supervision.Engine.Notices;
using Supervision.Engine.Notices.Digests;
using Supervision.Host.Api;

namespace Supervision.Host.Notices;

/// <summary>The notices for the office (sent, failed with the server's reply, without an address, pending) and the daily digest on demand.</summary>
public static class NoticesApi
{
    public static void MapNoticesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/notices").WithTags("notices").RequireAuthorization();
        group.MapGet("", (string? state, int? offset, int? limit, NoticeQuery notices, HttpContext ctx) =>
            notices.ListAsync(ctx.Actor(), Parse(state), offset ?? 0, limit ?? Engine.Access.Limits.DefaultPage, ctx.RequestAborted))
            .WithName("listNotices")
            .WithSummary("通知发送情况 · List notices and how they went");
        group.MapPost("/digest", async (string? day, DigestSender digests, HttpContext ctx) =>
            TypedResults.Ok(await digests.SendAsync(ctx.Actor(), Day(day), ctx.RequestAborted)))
            .WithName("issueDigests")
            .WithSummary("立即发送当日摘要 · Send the day's digests now");
        app.MapAckPages();
    }

    private static NoticeState? Parse(string? state) => state switch
    {
        null => null,
        "pending" => NoticeState.Pending,
        "sent" => NoticeState.Sent,
        "failed" => NoticeState.Failed,
        "unaddressed" => NoticeState.Unaddressed,
        _ => throw SupervisionException.Invalid("notices.state", $"'state' must be pending, sent, failed or unaddressed (was '{state}').", "state"),
    };

    private static DateOnly? Day(string? day) =>
        day is null ? null
        : DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw SupervisionException.Invalid("notices.bad_day", $"'day' must be a date such as 2022-04-01 (was '{day}').", "day");
}
