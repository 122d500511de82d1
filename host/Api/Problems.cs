using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Engine.Errors;

namespace Supervision.Host.Api;

/// <summary>
/// Every refusal as RFC 9457 problem+json: <c>code</c> for programs, <c>detail</c> for people, <c>field</c> for the input at fault.
/// Whoever writes a problem (an endpoint, the exception handler, authentication, status-code pages), <see cref="ProblemWriter"/>
/// gives it its code, its Chinese sentence from the message catalogue and the language the caller asked for.
/// </summary>
public static class Problems
{
    /// <summary>An extension the writer reads (values for the Chinese sentence) and removes before answering.</summary>
    internal const string ArgsKey = "supervision.args";

    public static void AddSupervisionProblems(this IServiceCollection services)
    {
        // Registered before AddProblemDetails, so it is the writer chosen, whatever the caller's Accept header says.
        services.AddSingleton<IProblemDetailsWriter, ProblemWriter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ExceptionProblems>();
        // The handler logs what is unexpected, once; the middleware's own diagnostics would log it a second time.
        services.Configure<ExceptionHandlerOptions>(o => o.SuppressDiagnosticsCallback = _ => true);
    }

    public static ProblemHttpResult From(FailureKind kind, string code, string detail, string? field = null, IReadOnlyDictionary<string, string>? args = null) =>
        TypedResults.Problem(detail, statusCode: Status(kind), extensions: Extensions(code, field, args));

    public static int Status(FailureKind kind) => kind switch
    {
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    internal static Dictionary<string, object?> Extensions(string code, string? field, IReadOnlyDictionary<string, string>? args = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (field is not null)
        {
            extensions["field"] = field;
        }

        if (args is not null)
        {
            extensions[ArgsKey] = args;
        }

        return extensions;
    }

    /// <summary>The code of an answer that carries none of its own (401 from authentication, 413 from Kestrel, unknown routes).</summary>
    public static string DefaultCode(int status) => status switch
    {
        401 => "auth.required",
        403 => "access.forbidden",
        404 => "not_found",
        405 => "request.method_not_allowed",
        413 => "request.too_large",
        415 => "request.unsupported_media_type",
        >= 500 => "internal",
        _ => "request.failed",
    };

    internal static string DefaultDetail(int status) => status switch
    {
        401 => "Sign in, or send a bearer token in the Authorization header.",
        404 => "There is nothing at this address.",
        405 => "This address does not take this method.",
        413 => "The request body is larger than the host accepts.",
        415 => "Send the body as application/json in UTF-8.",
        >= 500 => "Something went wrong on our side; it has been logged.",
        _ => "The request failed.",
    };

    // Titles are for people: Chinese first (the users' language), then English.
    internal static string Title(int status) => status switch
    {
        400 => "请求无效 · The request is not valid.",
        401 => "请先登录 · Sign in first.",
        403 => "无权操作 · You may not do this.",
        404 => "未找到 · Not found.",
        405 => "方法不允许 · Method not allowed.",
        409 => "当前状态下不可执行 · Not possible in the current state.",
        413 => "请求过大 · The request is too large.",
        415 => "不支持的内容类型 · Unsupported media type.",
        422 => "无法处理 · Cannot be processed.",
        429 => "尝试次数过多 · Too many attempts.",
        503 => "服务暂不可用 · Not available right now.",
        _ => "请求失败 · The request failed.",
    };
}
