using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Errors;

namespace Supervision.Host.Api;

/// <summary>
/// Turns what a request threw into a problem: engine refusals by kind, unreadable requests into 4xx naming the member or
/// parameter at fault (<see cref="RequestFailures"/>), a node or the database out of reach into 503 with <c>Retry-After</c>
/// (<see cref="Unavailability"/>, a warning; a page shows the same sentence), anything else into a 500 that is logged here,
/// once, and says nothing of the runtime.
/// </summary>
public sealed class ExceptionProblems(IProblemDetailsService problems, ILogger<ExceptionProblems> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (status, code, detail, field) = Classify(exception);
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = Unavailability.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            log.LogWarning("{Code} on {Method} {Path}: silo {Silo}: {Failure}: {Reason}", code, httpContext.Request.Method, httpContext.Request.Path,
                Unavailability.Of(exception)?.Silo ?? "(not named)", exception.GetType().Name, exception.Message);
        }
        else if (status >= 500)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable && UnavailablePage.IsFor(httpContext.Request))
        {
            await UnavailablePage.WriteAsync(httpContext, MessageCatalogue.Chinese(code, null, null), detail);
            return true;
        }

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
        _ when Unavailability.Of(exception) is { } gone => (StatusCodes.Status503ServiceUnavailable, gone.Code, gone.Detail, null),
        _ => (500, "internal", Problems.DefaultDetail(500), null),
    };
}
