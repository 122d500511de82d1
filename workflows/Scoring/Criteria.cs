namespace Supervision.Workflows.Scoring;

/// <summary>The criterion keys a scheme names, in the order a score lists them.</summary>
public static class Criteria
{
    public const string AcknowledgeOnTime = "acknowledge_on_time";
    public const string ReportsOnTime = "reports_on_time";
    public const string ReviewPassRate = "review_pass_rate";
    public const string Attainment = "attainment";
    public const string Escalations = "escalations";
    public const string MajorIssues = "major_issues";

    /// <summary>The rate criteria: full weight, less weight ÷ count for each miss.</summary>
    public static IReadOnlyList<string> Rates { get; } = [AcknowledgeOnTime, ReportsOnTime, ReviewPassRate, Attainment];

    public static IReadOnlyList<string> All { get; } = [.. Rates, Escalations, MajorIssues];

    /// <summary>The escalation steps that may cost points (a reminder never does).</summary>
    public static IReadOnlyList<string> Steps => Definition.LadderSteps.Escalating;

    /// <summary>The Chinese and English name of a criterion.</summary>
    public static (string Zh, string En) Name(string key) => key switch
    {
        AcknowledgeOnTime => ("按时签收", "On-time acknowledgement"),
        ReportsOnTime => ("按时报送", "On-time reports"),
        ReviewPassRate => ("审核通过率", "Review pass rate"),
        Attainment => ("序时进度", "Attainment against pace"),
        Escalations => ("逾期升级", "Escalation steps received"),
        MajorIssues => ("重大问题", "Open major issues"),
        _ => (key, key),
    };
}
