using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime;
using Supervision.Engine.Errors;

namespace Supervision.Host.Api;

/// <summary>
/// Turns what a request threw into a problem: engine refusals by kind, unreadable requests into 4xx naming the member or
/// parameter at fault (<see cref="RequestFailures"/>), anything else into a 500 that is logged here, once, and says nothing of the runtime.
/// </summary>
public sealed class ExceptionProblems(IProblemDetailsService problems, ILogger<ExceptionProblems> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (status, code, detail, field) = Classify(exception);
        if (status >= 500 && status != 503)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail, Extensions = Problems.Extensions(code, field) },
        });
        return true;
    }

    private static (int Status, string Code, string Detail, string? Field) Classify(Exception exception) => exception switch
    {
        SupervisionException e => (Problems.Status(e.Kind), e.Code, e.Message, e.Field),
        BadHttpRequestException e => RequestFailures.Classify(e),
        JsonException e => RequestFailures.Classify(e),
        TimeoutException => (503, "engine.timeout", "The engine did not answer in time; retry with the same Idempotency-Key.", null),
        SiloUnavailableException => (503, "engine.unavailable", "The engine is restarting; retry with the same Idempotency-Key.", null),
        _ => (500, "internal", Problems.DefaultDetail(500), null),
    };
}
