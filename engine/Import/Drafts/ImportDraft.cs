namespace Supervision.Engine.Import.Drafts;

/// <summary>A draft kept between upload and commit, with the agencies the coordinator added while correcting it.</summary>
/// <param name="Id">The draft id, e.g. <c>imp-1a2b3c4d</c>.</param>
/// <param name="UserId">Who uploaded it.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Draft">The draft as corrected so far.</param>
/// <param name="AddedAgencies">Agencies and aliases the coordinator added to the registry for this draft.</param>
/// <param name="CreatedAt">When it was uploaded.</param>
/// <param name="UpdatedAt">When it was last corrected.</param>
/// <param name="CommittedPlanId">The plan it became, once committed.</param>
/// <param name="ContentHash">The hash of the document's text (see <see cref="DuplicatePlans.ContentHash"/>).</param>
public sealed record ImportDraft(
    string Id,
    string UserId,
    string FileName,
    PlanDraft Draft,
    IReadOnlyList<Agency> AddedAgencies,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? CommittedPlanId,
    string? ContentHash)
{
    /// <summary>Committed plans this draft would duplicate, as of the read; committing needs an explicit choice while any are listed.</summary>
    public IReadOnlyList<DuplicatePlan> Duplicates { get; init; } = [];
}
