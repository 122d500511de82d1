using Supervision.Engine.Errors;

namespace Supervision.Engine.MajorIssues;

/// <summary>
/// How severe a major issue or a supervision finding is: <c>general</c> 一般, <c>serious</c> 较重, <c>critical</c> 严重.
/// The one set of values and words for both, on every page and in every notice (「严重程度：较重」); 较大/重大 are not used, since a
/// 重大问题 of severity 重大 says nothing.
/// </summary>
public static class Severities
{
    public const string General = "general";
    public const string Serious = "serious";
    public const string Critical = "critical";

    public static IReadOnlyList<string> All { get; } = [General, Serious, Critical];

    /// <summary>The severity if it is one of <see cref="All"/>; else a refusal with the caller's <paramref name="code"/> (<c>finding.severity</c> …).</summary>
    public static string Check(string? severity, string code) =>
        severity is not null && All.Contains(severity)
            ? severity
            : throw SupervisionException.Invalid(code, $"'severity' must be one of {string.Join(", ", All)} (was '{severity}').", "severity");

    public static string Chinese(string severity) => severity switch
    {
        Critical => "严重",
        Serious => "较重",
        General => "一般",
        _ => severity,
    };

    /// <summary>The word in a language (<c>zh</c>…, <c>en</c>…): 较重 or serious.</summary>
    public static string Label(string severity, string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? severity : Chinese(severity);
}
