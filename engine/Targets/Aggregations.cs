using Supervision.Engine.Plans;

namespace Supervision.Engine.Targets;

/// <summary>How agencies' reported values of one indicator roll up into a target.</summary>
public static class Aggregations
{
    /// <summary>Added up across agencies (counts: 新增就业 人).</summary>
    public const string Sum = "sum";

    /// <summary>The newest value any agency reported (a rate one agency measures: 城镇调查失业率).</summary>
    public const string Latest = "latest";

    /// <summary>The agencies' latest values averaged with equal weight.</summary>
    public const string Mean = "mean";

    public static IReadOnlyList<string> All { get; } = [Sum, Latest, Mean];

    /// <summary>The target's stated aggregation, or by its unit: a rate (% or 个百分点) is <c>latest</c>, anything else <c>sum</c>.</summary>
    public static string Of(Target target) =>
        target.Aggregation ?? (target.Unit is "%" or "个百分点" or "‰" ? Latest : Sum);
}
