using Supervision.Engine.Obligations;

namespace Supervision.Host.Web.Cascade;

/// <summary>What a line of a review queue waits for, in words: a completion, a dispute, a progress report (by number when known).</summary>
public static class ReviewKindWords
{
    public static string Of(Lang lang, ReviewLine line)
    {
        ArgumentNullException.ThrowIfNull(lang);
        ArgumentNullException.ThrowIfNull(line);
        return ObligationKinds.Review.Is(line.Kind) ? lang["办结申请", "completion"]
            : ObligationKinds.SettleDispute.Is(line.Kind) ? lang["异议", "dispute"]
            : ObligationKinds.Report.Is(line.Kind) ? line.Report is { } n ? lang[$"第 {n} 次进展报告", $"progress report {n}"] : lang["进展报告", "progress report"]
            : lang["其他待审核事项", "other review"];
    }
}
