using System.Net;

namespace Supervision.Host.Api;

/// <summary>
/// What a person sees in the web UI when a node or the database is out of reach: the catalogue's sentence (Chinese, or
/// English with the <c>lang</c> cookie) on a plain page with a way to try again, instead of an error page.
/// </summary>
public static class UnavailablePage
{
    /// <summary>Every request outside the API and the health checks is a page a person opened.</summary>
    public static bool IsFor(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context, string chinese, string english)
    {
        var en = context.Request.Cookies[Web.Lang.CookieName] == "en";
        string L(string zh, string eng) => WebUtility.HtmlEncode(en ? eng : zh);
        var again = context.Request.Path + context.Request.QueryString;
        var page = $"""
            <!doctype html><html lang="{(en ? "en" : "zh")}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{L("请稍后再试", "Please try again shortly")}</title><link rel="stylesheet" href="{Web.WebSetup.StylesheetPath}"></head>
            <body><main class="narrow"><h1>{L("请稍后再试", "Please try again shortly")}</h1><p>{L(chinese, english)}</p>
            <p><a href="{WebUtility.HtmlEncode(again)}">{L("再试一次", "Try again")}</a> · <a href="/">{L("返回首页", "Home")}</a></p></main></body></html>
            """;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentLanguage = en ? "en" : "zh-CN";
        return context.Response.WriteAsync(page, context.RequestAborted);
    }
}
