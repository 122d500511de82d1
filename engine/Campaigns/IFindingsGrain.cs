namespace Supervision.Engine.Campaigns;

/// <summary>The campaign findings against one assignment (the assignment grain, keyed <c>item~agency</c>) and their rectification.</summary>
public interface IFindingsGrain : IGrainWithStringKey
{
    /// <summary>
    /// A coordinator records a finding of an open campaign whose scope holds this assignment, with the files the host stored
    /// from this request's upload (recorded as uploaded to this assignment).
    /// </summary>
    Task<IReadOnlyList<FindingView>> RecordFindingAsync(
        string campaignId, FindingInput input, Trail.Actor actor, string? correlationId, IReadOnlyList<Attachments.AttachedFile>? files = null);

    /// <summary>The agency reports what it rectified, with the files the host stored from this request's upload; the office verifies next.</summary>
    Task<IReadOnlyList<FindingView>> RectifyFindingAsync(
        int number, string text, Trail.Actor actor, string? correlationId, IReadOnlyList<Attachments.AttachedFile>? files = null);

    /// <summary>The office closes a rectified finding (销号).</summary>
    Task<IReadOnlyList<FindingView>> CloseFindingAsync(int number, string? note, Trail.Actor actor, string? correlationId);

    /// <summary>The office returns a rectification: owed again by <paramref name="due"/> (default: the definition's rework window).</summary>
    Task<IReadOnlyList<FindingView>> ReturnFindingAsync(int number, string reason, DateOnly? due, Trail.Actor actor, string? correlationId);

    /// <summary>The findings against this assignment, for whoever may read it; null when not theirs to see.</summary>
    Task<IReadOnlyList<FindingView>?> GetFindingsAsync(Trail.Actor actor);
}
