namespace Supervision.Engine.Import;

/// <summary>
/// A plan as read from a document, before anything is created: what the coordinator previews,
/// corrects (see <see cref="DraftEdits"/>) and commits.
/// </summary>
/// <param name="Title">The plan's title, e.g. <c>2022年自治区扩大就业惠民工程实施方案</c>.</param>
/// <param name="Issuer">The issuing body from the covering notice, when found.</param>
/// <param name="Issued">The issue date from the covering notice, when found.</param>
/// <param name="Sections">Top-level sections in order.</param>
/// <param name="Targets">Plan-level targets (from the 工作目标 paragraph).</param>
/// <param name="Items">Action items in document order.</param>
/// <param name="Agencies">Every registered agency the items refer to, in first-mention order.</param>
/// <param name="Warnings">What the coordinator should check, with line numbers.</param>
/// <param name="Rules">Standing rules (<c>以下均需…落实</c>) and the items each reached.</param>
public sealed record PlanDraft(
    string Title,
    string? Issuer,
    DateOnly? Issued,
    IReadOnlyList<DraftSection> Sections,
    IReadOnlyList<Quantity> Targets,
    IReadOnlyList<DraftItem> Items,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<DraftWarning> Warnings,
    IReadOnlyList<StandingRule>? Rules = null);
