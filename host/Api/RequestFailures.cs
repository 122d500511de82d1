using System.Text.Json;
using System.Text.RegularExpressions;

namespace Supervision.Host.Api;

/// <summary>
/// Requests the framework could not read, told in our own words: the member or parameter at fault in the API's names
/// (snake_case, as in the body), never a .NET type. The framework's messages are read only to find that name.
/// </summary>
public static partial class RequestFailures
{
    public static (int Status, string Code, string Detail, string? Field) Classify(BadHttpRequestException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (413, "request.too_large", Problems.DefaultDetail(413), null);
        }

        if (e.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return (415, "request.unsupported_media_type", Problems.DefaultDetail(415), null);
        }

        if (e.InnerException is JsonException json)
        {
            return Classify(json);
        }

        if (BindFailed().Match(e.Message) is { Success: true } bind)
        {
            var name = ApiName(bind.Groups["name"].Value);
            return (400, "request.bad_parameter", $"'{name}' is not in the expected format (was '{bind.Groups["value"].Value}').", name);
        }

        if (NotProvided().Match(e.Message) is { Success: true } missing && !missing.Groups["source"].Value.Contains("body", StringComparison.Ordinal))
        {
            var name = ApiName(missing.Groups["name"].Value);
            return (400, "input.required", $"'{name}' is required.", name);
        }

        return e.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? (400, "request.body_required", "This request needs a JSON object as its body.", null)
            : (400, "request.malformed", "The request could not be read.", null);
    }

    public static (int Status, string Code, string Detail, string? Field) Classify(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var at = Member(e.Path);
        if (Unmapped().Match(e.Message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            var field = at is null ? name : at.EndsWith(name, StringComparison.Ordinal) ? at : $"{at}.{name}";
            return (400, "request.unknown_member", $"'{field}' is not a member of this body; check its spelling.", field);
        }

        if (RequiredMissing().Match(e.Message) is { Success: true } required)
        {
            var name = required.Groups["name"].Value;
            var field = at is null ? name : $"{at}.{name}";
            return (400, "input.required", $"'{field}' is required: write it out (null or [] to clear it).", field);
        }

        var wrongType = e.Message.Contains("could not be converted", StringComparison.Ordinal);
        return (at, wrongType) switch
        {
            (null, true) => (400, "request.malformed", "The body must be a JSON object of the shape this call takes.", null),
            (null, false) => (400, "request.malformed", "The body is not valid JSON.", null),
            (_, true) => (400, "request.malformed", $"'{at}' holds a value of the wrong type.", at),
            _ => (400, "request.malformed", $"The body is not valid JSON at '{at}'.", at),
        };
    }

    // "$.items[0].lead" → "items[0].lead"; "$[2].op" → "[2].op"; "$" → null.
    private static string? Member(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string ApiName(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    [GeneratedRegex("^Failed to bind parameter \"(?:[^\"]* )?(?<name>\\w+)\" from \"(?<value>[^\"]{0,80})")]
    private static partial Regex BindFailed();

    [GeneratedRegex("^Required parameter \"(?:[^\"]* )?(?<name>\\w+)\" was not provided from (?<source>[^.]*)")]
    private static partial Regex NotProvided();

    [GeneratedRegex("JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex Unmapped();

    [GeneratedRegex("missing required properties including: '(?<name>[^']*)'")]
    private static partial Regex RequiredMissing();
}
