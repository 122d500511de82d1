using System.Net;
using System.Text;

namespace Supervision.Host.Notices;

/// <summary>A minimal self-contained HTML page (no scripts, no external assets) for the acknowledge link's answers.</summary>
public static class AckPage
{
    public static IResult Html(int status, string title, string body) => Results.Content(
        $$"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>body{font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;max-width:640px;margin:40px auto;padding:0 16px;line-height:1.6;color:#222}
        button{font-size:16px;padding:8px 20px;background:#2c6fbb;color:#fff;border:0;border-radius:4px;cursor:pointer}</style></head>
        <body><h1>{{WebUtility.HtmlEncode(title)}}</h1>{{body}}</body></html>
        """,
        "text/html; charset=utf-8",
        Encoding.UTF8,
        status);
}
