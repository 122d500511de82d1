using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Engine.Import;
using Supervision.Engine.Import.Drafts;
using Supervision.Host.Api;

namespace Supervision.Host.Import;

/// <summary>A document that cannot be imported, as problem+json with its import code: 413 when too large (or too many scanned pages), 422 when unreadable by design or by OCR, else 400.</summary>
public static class ImportProblems
{
    public static ProblemHttpResult From(ImportException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (status, title) = exception.Code switch
        {
            ImportErrorCodes.TooLarge or ImportErrorCodes.TooManyPages => (StatusCodes.Status413PayloadTooLarge, "The file is too large."),
            // Well-formed files this importer cannot read by design: a password, scanned pages without text, or a scan
            // OCR cannot read here (a program missing, no text found, a page outlasting its time).
            ImportErrorCodes.Encrypted or ImportErrorCodes.NoTextLayer or ImportErrorCodes.OcrMissing or ImportErrorCodes.OcrNothing or ImportErrorCodes.OcrTimeout
                => (StatusCodes.Status422UnprocessableEntity, "The document cannot be read."),
            _ => (StatusCodes.Status400BadRequest, "The file is not an importable document."),
        };
        return TypedResults.Problem(
            exception.Message,
            statusCode: status,
            title: title,
            extensions: new Dictionary<string, object?> { ["code"] = exception.Code, ["field"] = "file" });
    }

    /// <summary>A commit refused because a plan already stands for the draft: 409 naming that plan in <c>plan_id</c>.</summary>
    public static ProblemHttpResult From(ImportConflictException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var problem = Problems.From(exception.Kind, exception.Code, exception.Message, exception.Field, exception.Args);
        problem.ProblemDetails.Extensions["plan_id"] = exception.PlanId;
        return problem;
    }
}
