using Supervision.Engine.Errors;

namespace Supervision.Engine.Campaigns;

/// <summary>The severities a finding may have, and their names.</summary>
public static class Severities
{
    public static IReadOnlyList<string> All { get; } = ["general", "serious", "critical"];

    public static string Check(string? severity) =>
        severity is not null && All.Contains(severity)
            ? severity
            : throw SupervisionException.Invalid("finding.severity", $"'severity' must be one of {string.Join(", ", All)} (was '{severity}').", "severity");

    public static string Zh(string severity) => severity switch { "general" => "一般", "serious" => "较重", "critical" => "严重", _ => severity };
}
