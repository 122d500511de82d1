using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Supervision.Engine.Errors;

namespace Supervision.Host.Api;

/// <summary>
/// Writes every problem the host answers: a stable <c>code</c> (the status's default when none was given), the title and
/// a <c>detail</c> in the caller's language — Chinese from <see cref="MessageCatalogue"/>, English from the refusal — and
/// nothing of the runtime. Always JSON, whatever the Accept header, so no refusal goes out without its code.
/// </summary>
public sealed class ProblemWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Status = status;
        problem.Extensions.Remove(Problems.ArgsKey, out var given);
        var code = problem.Extensions.TryGetValue("code", out var c) && c is string s ? s : Problems.DefaultCode(status);
        var field = problem.Extensions.TryGetValue("field", out var f) ? f as string : null;
        var args = (context.Exception as SupervisionException)?.Args ?? given as IReadOnlyDictionary<string, string>;
        var english = problem.Detail ?? Problems.DefaultDetail(status);

        var language = ProblemLanguages.Of(http.Request);
        problem.Extensions["code"] = code;
        problem.Title = language.Pick(Problems.Title(status));
        problem.Detail = language.Compose(MessageCatalogue.Chinese(code, field, args), english);
        problem.Type = null;
        http.Response.Headers.ContentLanguage = language.Tag();
        http.Response.Headers.Vary = "Accept-Language";
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, json.Value.SerializerOptions, "application/problem+json", http.RequestAborted));
    }
}
