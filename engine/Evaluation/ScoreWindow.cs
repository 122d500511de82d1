namespace Supervision.Engine.Evaluation;

/// <summary>What an evaluation counts: obligations falling due and events within [From, To], known by AsOf, of one plan or all.</summary>
public sealed record ScoreWindow(DateTimeOffset From, DateTimeOffset To, DateTimeOffset AsOf, string? PlanId)
{
    /// <summary>The end of what can be counted: the period's end, or the instant the evaluation is as of, whichever is first.</summary>
    public DateTimeOffset Until => To < AsOf ? To : AsOf;

    public bool Counts(DateTimeOffset at) => at >= From && at <= Until;

    public bool Known(DateTimeOffset at) => at <= AsOf;

    public bool InPlan(string planId) => PlanId is null || PlanId == planId;
}
