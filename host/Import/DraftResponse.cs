using System.Text.Json;
using Supervision.Engine.Import;
using Supervision.Engine.Import.Drafts;

namespace Supervision.Host.Import;

/// <summary>A kept draft as the API shows it: the draft in the import JSON shape, and whether it can be committed as it is.</summary>
public sealed record DraftResponse(
    string Id,
    string FileName,
    string UserId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? CommittedPlanId,
    bool ReadyToCommit,
    IReadOnlyList<string> AddedAgencies,
    JsonElement Draft)
{
    public static DraftResponse From(ImportDraft stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var draft = stored.Draft;
        var ready = draft.Items.Count > 0
            && draft.Items.All(i => i.Lead.Count > 0)
            && draft.Items.SelectMany(i => i.Lead.Concat(i.Cooperating)).All(m => m.Status == ResolutionStatus.Resolved);
        using var json = JsonDocument.Parse(PlanDraftJson.Write(draft));
        return new DraftResponse(
            stored.Id, stored.FileName, stored.UserId, stored.CreatedAt, stored.UpdatedAt, stored.CommittedPlanId, ready,
            [.. stored.AddedAgencies.Select(a => a.Name)], json.RootElement.Clone());
    }
}
