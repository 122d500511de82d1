using Microsoft.Net.Http.Headers;
using Supervision.Engine.Audit;

namespace Supervision.Host.Audit;

/// <summary>
/// Every download (an answer carrying <c>Content-Disposition: attachment</c>: trail exports, CSV and Excel exports,
/// evidence files) is recorded before its first byte leaves, so no export reaches a reader unrecorded and a new export
/// endpoint needs no hook of its own.
/// </summary>
public sealed class ExportAudit(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ctx.Response.OnStarting(() => IsDownload(ctx.Response)
            ? ctx.AuditAsync(AuditKinds.Export, ctx.User.Identity?.Name, Subject(ctx))
            : Task.CompletedTask);
        return next(ctx);
    }

    private static bool IsDownload(HttpResponse response) =>
        response.StatusCode is >= 200 and < 300
        && response.Headers.ContentDisposition.ToString().StartsWith("attachment", StringComparison.OrdinalIgnoreCase);

    private static string Subject(HttpContext ctx) =>
        ContentDispositionHeaderValue.TryParse(ctx.Response.Headers.ContentDisposition.ToString(), out var header)
            && (header.FileNameStar.HasValue ? header.FileNameStar : header.FileName) is { HasValue: true } name
            ? $"{name.Value!.Trim('"')} ({ctx.Request.Path})"
            : ctx.Request.Path.ToString();
}
