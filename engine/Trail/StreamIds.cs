namespace Supervision.Engine.Trail;

/// <summary>
/// The name of every event stream: its kind and the owning grain's key joined by a dash (<c>assignment-i-1~ag-2</c>).
/// Built and taken apart only here, so a stream is spelt the same wherever it is written, read, scoped or cited.
/// Kinds hold no dash, so the first dash always ends the kind.
/// </summary>
public static class StreamIds
{
    public const string AgencyKind = "agency";

    public const string AssignmentKind = "assignment";

    /// <summary>The access audit: one stream a day, <c>audit-YYYY-MM-DD</c>.</summary>
    public const string AuditKind = "audit";

    public const string CampaignKind = "campaign";

    public const string EvaluationKind = "evaluation";

    public const string ItemKind = "item";

    public const string NoticesKind = "notices";

    public const string PlanKind = "plan";

    public const string RoundsKind = "rounds";

    public static string Of(string kind, string id) => $"{kind}-{id}";

    public static string Assignment(string assignmentId) => Of(AssignmentKind, assignmentId);

    public static string Item(string itemId) => Of(ItemKind, itemId);

    public static string Plan(string planId) => Of(PlanKind, planId);

    /// <summary>The streams of every assignment of an item begin with this (the assignment id is <c>{item}~{agency}</c>).</summary>
    public static string AssignmentsOfItem(string itemId) => Assignment($"{itemId}~");

    /// <summary>Splits a stream id into its kind and key; false for text that is not one.</summary>
    public static bool TryParse(string? streamId, out string kind, out string id)
    {
        var dash = streamId?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        (kind, id) = dash > 0 ? (streamId![..dash], streamId[(dash + 1)..]) : ("", "");
        return dash > 0;
    }

    /// <summary>The key of a stream of <paramref name="kind"/>, or null for any other stream.</summary>
    public static string? IdOf(string? streamId, string kind) =>
        TryParse(streamId, out var k, out var id) && string.Equals(k, kind, StringComparison.Ordinal) ? id : null;

    /// <summary>The assignment whose own stream this is; null for an item's, a notice log's or any other stream.</summary>
    public static string? AssignmentOf(string? streamId) => IdOf(streamId, AssignmentKind);
}
