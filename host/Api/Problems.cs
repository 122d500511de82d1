using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime;
using Supervision.Engine.Errors;

namespace Supervision.Host.Api;

/// <summary>
/// Every refusal as RFC 9457 problem+json: <c>code</c> for programs, <c>detail</c> for people, <c>field</c> for the input at fault.
/// Engine refusals map by kind; malformed bodies become 400; anything unexpected is logged and answered 500 without internals.
/// </summary>
public static class Problems
{
    public static void AddSupervisionProblems(this IServiceCollection services)
    {
        // Answers that carry no body of their own (401 from authentication, 413 from Kestrel, unknown routes)
        // still get a stable code and a sentence.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            var status = c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode;
            c.ProblemDetails.Title = Title(status);
            c.ProblemDetails.Extensions.TryAdd("code", status switch
            {
                401 => "auth.required",
                403 => "access.forbidden",
                404 => "not_found",
                405 => "request.method_not_allowed",
                413 => "request.too_large",
                415 => "request.unsupported_media_type",
                _ => "request.failed",
            });
            c.ProblemDetails.Detail ??= status switch
            {
                401 => "Sign in, or send a bearer token in the Authorization header.",
                413 => "The request body is larger than the host accepts.",
                404 => "There is nothing at this address.",
                _ => c.ProblemDetails.Title,
            };
        });
        services.AddExceptionHandler<Handler>();
        // Refusals are answers, not failures: only unexpected exceptions are logged as errors.
        services.Configure<ExceptionHandlerOptions>(o => o.SuppressDiagnosticsCallback = c =>
            c.Exception is SupervisionException or BadHttpRequestException or System.Text.Json.JsonException);
    }

    public static IResult From(FailureKind kind, string code, string detail, string? field = null)
    {
        var status = kind switch
        {
            FailureKind.Forbidden => StatusCodes.Status403Forbidden,
            FailureKind.NotFound => StatusCodes.Status404NotFound,
            FailureKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(detail, statusCode: status, title: Title(status), extensions: Extensions(code, field));
    }

    private static Dictionary<string, object?> Extensions(string code, string? field) =>
        field is null ? new() { ["code"] = code } : new() { ["code"] = code, ["field"] = field };

    // Titles are for people: Chinese first (the users' language), then English.
    private static string Title(int status) => status switch
    {
        400 => "请求无效 · The request is not valid.",
        401 => "请先登录 · Sign in first.",
        403 => "无权操作 · You may not do this.",
        404 => "未找到 · Not found.",
        409 => "当前状态下不可执行 · Not possible in the current state.",
        413 => "请求过大 · The request is too large.",
        415 => "不支持的内容类型 · Unsupported media type.",
        429 => "尝试次数过多 · Too many attempts.",
        503 => "服务暂不可用 · Not available right now.",
        _ => "请求失败 · The request failed.",
    };

    private sealed class Handler(ILogger<Handler> log) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception exception, CancellationToken cancellationToken)
        {
            var (status, code, detail, field) = Classify(exception);
            if (status >= 500)
            {
                log.LogError(exception, "Unhandled error on {Path}", ctx.Request.Path);
            }

            ctx.Response.StatusCode = status;
            await ctx.Response.WriteAsJsonAsync(
                new ProblemDetails { Status = status, Title = Title(status), Detail = detail, Extensions = Extensions(code, field) },
                options: null,
                contentType: "application/problem+json",
                cancellationToken);
            return true;
        }

        private static (int Status, string Code, string Detail, string? Field) Classify(Exception exception) => exception switch
        {
            SupervisionException e => (e.Kind switch
            {
                FailureKind.Forbidden => 403,
                FailureKind.NotFound => 404,
                FailureKind.Conflict => 409,
                _ => 400,
            }, e.Code, e.Message, e.Field),
            BadHttpRequestException { StatusCode: 413 } => (413, "request.too_large", "The request body is larger than the host accepts.", null),
            BadHttpRequestException e => (400, "request.malformed", BodyMessage(e), null),
            System.Text.Json.JsonException e => (400, "request.malformed_json", $"The body is not valid JSON: {e.Message}", e.Path),
            TimeoutException => (503, "engine.timeout", "The engine did not answer in time; retry with the same Idempotency-Key.", null),
            SiloUnavailableException => (503, "engine.unavailable", "The engine is restarting; retry with the same Idempotency-Key.", null),
            _ => (500, "internal", "Something went wrong on our side; it has been logged.", null),
        };

        private static string BodyMessage(BadHttpRequestException e) =>
            e.InnerException is System.Text.Json.JsonException j ? $"The body is not valid JSON: {j.Message}" : e.Message;
    }
}
