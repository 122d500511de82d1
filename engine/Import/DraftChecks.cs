namespace Supervision.Engine.Import;

/// <summary>
/// What the preview warns of besides the parser's doubts, worked out when the draft is shown (never stored with it):
/// items without a deadline (nothing would ever fall due or turn red), and agencies nobody could be told of their work
/// (no user signs in for them and no notice contact has an address) — new ones always, registered ones when still so.
/// </summary>
public static class DraftChecks
{
    public const string NoDeadline = "item.no_deadline";
    public const string Unreachable = "agency.unreachable";
    public const string UnreachableNew = "agency.unreachable_new";

    /// <param name="reachable">Registered agencies (by name) that have a user or a notice contact with an address.</param>
    /// <param name="registered">Every registered agency's name.</param>
    public static IReadOnlyList<DraftWarning> Of(PlanDraft draft, IReadOnlySet<string> registered, IReadOnlySet<string> reachable)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(registered);
        ArgumentNullException.ThrowIfNull(reachable);
        var undated = draft.Items.Where(i => i.Deadline?.Due is null)
            .Select(i => new DraftWarning(i.Line, NoDeadline, $"Item {i.Ref} has no deadline: nothing will fall due or turn red until one is set.", i.Ref));
        // A group is dispatched to its members: they are the ones to be told.
        var groups = draft.Agencies.Where(a => a.IsGroup).ToDictionary(a => a.Name, a => a.Members, StringComparer.Ordinal);
        var agencies = draft.Items.SelectMany(i => i.Lead.Concat(i.Cooperating)
                .SelectMany(m => m.Canonical is { } name && groups.TryGetValue(name, out var members) ? members.Select(n => (string?)n) : [m.Canonical])
                .Select(name => (Item: i, Name: name)))
            .Where(x => x.Name is not null && !reachable.Contains(x.Name))
            .GroupBy(x => x.Name!, StringComparer.Ordinal)
            .Select(g => registered.Contains(g.Key)
                ? new DraftWarning(g.First().Item.Line, Unreachable, $"Agency \"{g.Key}\" has no users and no notice contacts: its notices will reach nobody.")
                : new DraftWarning(g.First().Item.Line, UnreachableNew, $"Agency \"{g.Key}\" will be registered by this import with no users and no notice contacts: its notices will reach nobody."));
        return [.. undated, .. agencies];
    }
}
