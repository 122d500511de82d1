using Supervision.Engine.Errors;

namespace Supervision.Engine.Campaigns;

/// <summary>The severities a finding may have: the same set, and the same words, as a major issue's (<see cref="MajorIssues.Severities"/>).</summary>
public static class Severities
{
    public static IReadOnlyList<string> All => MajorIssues.Severities.All;

    public static string Check(string? severity) =>
        severity is not null && All.Contains(severity)
            ? severity
            : throw SupervisionException.Invalid("finding.severity", $"'severity' must be one of {string.Join(", ", All)} (was '{severity}').", "severity");
}
