using Supervision.Workflows.Scoring;

namespace Supervision.Host.Web.Evaluations;

/// <summary>A scoring scheme as people call it: its title and version in words (年度督查考核评分办法（第 1 版）), never its key.</summary>
public static class SchemeWords
{
    public static string Of(SchemeCatalog schemes, string id, int version, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        ArgumentNullException.ThrowIfNull(lang);
        var title = schemes.Find(id, version)?.Title ?? lang["评分办法", "Scoring scheme"];
        return lang[$"{title}（第 {version} 版）", $"{title} (version {version})"];
    }

    /// <summary>The list's stored form, <c>standard v1</c>, in words.</summary>
    public static string Of(SchemeCatalog schemes, string stored, Lang lang)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var at = stored.LastIndexOf(" v", StringComparison.Ordinal);
        return at > 0 && int.TryParse(stored[(at + 2)..], System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? Of(schemes, stored[..at], version, lang)
            : Of(schemes, stored, 0, lang);
    }
}
