using System.Text.Json;
using Supervision.Engine.Import;
using Supervision.Engine.Import.Drafts;

namespace Supervision.Host.Import;

/// <summary>
/// A kept draft as the API shows it: the draft in the import JSON shape, whether it is complete enough to commit, and
/// the committed plans it would duplicate (also among the draft's warnings, code <c>import.duplicate_plan</c>).
/// </summary>
public sealed record DraftResponse(
    string Id,
    string FileName,
    string UserId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? CommittedPlanId,
    bool ReadyToCommit,
    IReadOnlyList<string> AddedAgencies,
    IReadOnlyList<DuplicatePlan> DuplicateOf,
    JsonElement Draft)
{
    public static DraftResponse From(ImportDraft stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var draft = stored.Draft;
        var ready = draft.Items.Count > 0
            && draft.Items.All(i => i.Lead.Count > 0)
            && draft.Items.SelectMany(i => i.Lead.Concat(i.Cooperating)).All(m => m.Status == ResolutionStatus.Resolved);
        var warned = draft with { Warnings = [.. stored.Duplicates.Select(d => d.Warning()), .. draft.Warnings] };
        using var json = JsonDocument.Parse(PlanDraftJson.Write(warned));
        return new DraftResponse(
            stored.Id, stored.FileName, stored.UserId, stored.CreatedAt, stored.UpdatedAt, stored.CommittedPlanId, ready,
            [.. stored.AddedAgencies.Select(a => a.Name)], stored.Duplicates, json.RootElement.Clone());
    }
}
