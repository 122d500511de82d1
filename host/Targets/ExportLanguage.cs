using Supervision.Host.Api;
using Supervision.Host.Web;

namespace Supervision.Host.Targets;

/// <summary>An export's language: Chinese unless the request asks for English (<c>lang=en</c> in the query, the web UI's <c>lang</c> cookie, or <c>Accept-Language</c> preferring English).</summary>
public static class ExportLanguage
{
    public static bool English(HttpRequest request) =>
        request.Query["lang"] == "en"
        || request.Cookies[Lang.CookieName] == "en"
        || ProblemLanguages.Of(request) == ProblemLanguage.English;
}
