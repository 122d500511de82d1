using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Assignments.Parts;

namespace Supervision.Engine.Obligations;

/// <summary>
/// The obligation kinds of the cycle itself (each status's, and the periodic report), and the registry of every kind:
/// these and those each part of an assignment declares (<see cref="IAssignmentPart.Kinds"/>). When each status's opens
/// and falls due is <see cref="StatusObligations"/>.
/// </summary>
public static class ObligationKinds
{
    public static readonly ObligationKind Acknowledge = new("acknowledge", new("签收", "acknowledgement"), new("签收", "acknowledge"));
    public static readonly ObligationKind SettleDispute = new("settle_dispute", new("异议处理", "settling of the dispute"), new("处理异议", "settle the dispute"));
    public static readonly ObligationKind Contribute = new("contribute", new("配合意见报送", "contribution"), new("报送配合材料", "contribute"));
    public static readonly ObligationKind Complete = new("complete", new("办结", "completion"), new("申请办结", "submit completion"));
    public static readonly ObligationKind Review = new("review", new("审核", "review"), new("审核办结申请", "review the completion"));
    public static readonly ObligationKind Rework = new("rework", new("整改", "rework"), new("整改后重新申报", "rework and resubmit"));

    /// <summary>A period's report, keyed <c>report:2022-10</c>: owed from acknowledgement (or a round), met by its report.</summary>
    public static readonly ObligationKind Report = new("report", new("进展报送", "progress report"), new("报送进展", "report progress"), e => e is ReportSubmitted);

    private static readonly Lazy<Dictionary<string, ObligationKind>> Registry = new(() =>
        new ObligationKind[] { Acknowledge, SettleDispute, Contribute, Complete, Review, Rework, Report }
            .Concat(AssignmentParts.All.SelectMany(p => p.Kinds))
            .ToDictionary(k => k.Name, StringComparer.Ordinal));

    /// <summary>Every kind, the cycle's first.</summary>
    public static IEnumerable<ObligationKind> All => Registry.Value.Values;

    /// <summary>The kind named <paramref name="name"/>, or null for a name no declaration knows.</summary>
    public static ObligationKind? Find(string? name) => name is not null && Registry.Value.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>The kind of the obligation keyed <paramref name="key"/> (<c>report:2022-10</c> → report).</summary>
    public static ObligationKind? OfKey(string key) => Find(key.Split(':', 2)[0]);
}
