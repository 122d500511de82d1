namespace Supervision.Engine.MajorIssues;

/// <summary>How severe a major issue is: <c>general</c> 一般, <c>serious</c> 较大, <c>critical</c> 重大.</summary>
public static class Severities
{
    public const string General = "general";
    public const string Serious = "serious";
    public const string Critical = "critical";

    public static IReadOnlyList<string> All { get; } = [General, Serious, Critical];

    public static string Chinese(string severity) => severity switch
    {
        Critical => "重大",
        Serious => "较大",
        _ => "一般",
    };
}
