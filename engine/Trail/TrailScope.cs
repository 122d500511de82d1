namespace Supervision.Engine.Trail;

/// <summary>
/// Which streams an export covers: the whole log, or one item's trail (the item's stream and its assignments' streams,
/// all of them or, for an agency user's export, that agency's and its descendants' sub-assignments', named in
/// <see cref="Below"/>). A checkpoint is compared on these streams.
/// </summary>
public sealed record TrailScope(string? ItemId, string? AgencyId = null, IReadOnlyList<string>? Below = null)
{
    /// <summary>Every stream of the log, in position order.</summary>
    public static TrailScope WholeLog { get; } = new(ItemId: null);

    public bool IsWholeLog => ItemId is null;

    /// <summary>An item's trail as the reader may see it.</summary>
    public static TrailScope Item(string itemId, string? agencyId = null, IReadOnlyList<string>? below = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(itemId);
        return new(itemId, agencyId, agencyId is null || below is not { Count: > 0 } ? null : below);
    }

    /// <summary>Whether a stream belongs to this scope (<c>item-&lt;id&gt;</c>, <c>assignment-&lt;id&gt;~&lt;agency&gt;</c>).</summary>
    public bool Covers(string streamId)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        if (ItemId is null)
        {
            return true;
        }

        return string.Equals(streamId, StreamIds.Item(ItemId), StringComparison.Ordinal)
            || (AgencyId is null
                ? streamId.StartsWith(StreamIds.AssignmentsOfItem(ItemId), StringComparison.Ordinal)
                : string.Equals(streamId, StreamIds.Assignment($"{ItemId}~{AgencyId}"), StringComparison.Ordinal)
                    || (Below?.Any(b => string.Equals(streamId, StreamIds.Assignment($"{ItemId}~{b}"), StringComparison.Ordinal)) ?? false));
    }

    /// <summary>The scope for people, Chinese first.</summary>
    public override string ToString() => ItemId is null
        ? "整个日志 the whole log"
        : AgencyId is null ? $"事项 item {ItemId}"
        : Below is null ? $"事项 item {ItemId}（单位 agency {AgencyId}）" : $"事项 item {ItemId}（单位 agency {AgencyId} 及其下级 and {Below.Count} below）";
}
