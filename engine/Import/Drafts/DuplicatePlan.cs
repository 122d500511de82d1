namespace Supervision.Engine.Import.Drafts;

/// <summary>A committed plan a draft would duplicate.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Title">Its title.</param>
/// <param name="Issued">Its issue date, when known.</param>
/// <param name="MatchedBy"><c>content</c> (a draft of the same text became it) or <c>title_and_issue_date</c>.</param>
public sealed record DuplicatePlan(string PlanId, string Title, string? Issued, string MatchedBy)
{
    public const string ByContent = "content";
    public const string ByTitleAndIssueDate = "title_and_issue_date";

    /// <summary>The warning a draft carries for it, Chinese first.</summary>
    public DraftWarning Warning() => new(
        1,
        "import.duplicate_plan",
        MatchedBy == ByContent
            ? $"同一文件已提交为方案 {PlanId}（{Title}）· The same document was already committed as plan {PlanId} ({Title}); commit with allow_duplicate only if a second plan is meant."
            : $"已有同名同日期的方案 {PlanId}（{Title}，{Issued ?? "无日期"}）· Plan {PlanId} has the same title and issue date; commit with allow_duplicate only if a second plan is meant.");
}
