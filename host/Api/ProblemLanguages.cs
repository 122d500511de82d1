using Microsoft.Net.Http.Headers;

namespace Supervision.Host.Api;

/// <summary>Reading and applying <see cref="ProblemLanguage"/>.</summary>
public static class ProblemLanguages
{
    public const string Separator = " · ";

    public static ProblemLanguage Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var ranges))
        {
            return ProblemLanguage.Both;
        }

        // Highest quality first; the first Chinese, English or "*" range decides.
        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var tag = range.Value.Value ?? "";
            if (tag == "*")
            {
                return ProblemLanguage.Both;
            }

            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return ProblemLanguage.Chinese;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return ProblemLanguage.English;
            }
        }

        return ProblemLanguage.Both;
    }

    public static string Compose(this ProblemLanguage language, string chinese, string english) => language switch
    {
        ProblemLanguage.Chinese => chinese,
        ProblemLanguage.English => english,
        _ => chinese + Separator + english,
    };

    /// <summary>One side of a "中文 · English" text.</summary>
    public static string Pick(this ProblemLanguage language, string both)
    {
        ArgumentNullException.ThrowIfNull(both);
        var at = both.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? both : language.Compose(both[..at], both[(at + Separator.Length)..]);
    }

    public static string Tag(this ProblemLanguage language) => language switch
    {
        ProblemLanguage.Chinese => "zh",
        ProblemLanguage.English => "en",
        _ => "zh, en",
    };
}
