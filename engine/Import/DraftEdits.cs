namespace Supervision.Engine.Import;

/// <summary>
/// The corrections a coordinator makes to a draft before committing it. Each returns a new draft;
/// agency edits re-resolve through the registry and replace that item's agency warnings.
/// </summary>
public static class DraftEdits
{
    /// <summary>Replaces an item's lead agencies with <paramref name="names"/> (printed or canonical).</summary>
    public static PlanDraft SetLead(this PlanDraft draft, string itemRef, IEnumerable<string> names, AgencyRegistry registry) =>
        draft.SetAgencies(itemRef, names, registry, lead: true);

    /// <summary>Replaces an item's cooperating agencies with <paramref name="names"/>.</summary>
    public static PlanDraft SetCooperating(this PlanDraft draft, string itemRef, IEnumerable<string> names, AgencyRegistry registry) =>
        draft.SetAgencies(itemRef, names, registry, lead: false);

    /// <summary>Sets (or with null clears) an item's deadline.</summary>
    public static PlanDraft SetDeadline(this PlanDraft draft, string itemRef, Deadline? deadline) =>
        draft.Update(itemRef, item => item with { Deadline = deadline }, "deadline.");

    /// <summary>Adds a target to an item, or to the plan when <paramref name="itemRef"/> is null.</summary>
    public static PlanDraft AddTarget(this PlanDraft draft, string? itemRef, Quantity target) =>
        itemRef is null
            ? draft with { Targets = [.. draft.Targets, target] }
            : draft.Update(itemRef, item => item with { Targets = [.. item.Targets, target] }, null);

    /// <summary>Removes the target at <paramref name="index"/> from an item, or from the plan when <paramref name="itemRef"/> is null.</summary>
    public static PlanDraft RemoveTarget(this PlanDraft draft, string? itemRef, int index) =>
        itemRef is null
            ? draft with { Targets = Without(draft.Targets, index) }
            : draft.Update(itemRef, item => item with { Targets = Without(item.Targets, index) }, null);

    /// <summary>Names the indicator the target at <paramref name="index"/> measures (城镇新增就业 for 46万人以上), of an item or of the plan.</summary>
    public static PlanDraft NameTarget(this PlanDraft draft, string? itemRef, int index, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        List<Quantity> Named(IReadOnlyList<Quantity> targets) => [.. targets.Select((t, k) => k == index ? t with { Name = name.Trim() } : t)];
        return itemRef is null
            ? draft with { Targets = Named(draft.Targets) }
            : draft.Update(itemRef, item => item with { Targets = Named(item.Targets) }, null);
    }

    /// <summary>Drops an item (and its warnings) from the draft.</summary>
    public static PlanDraft DropItem(this PlanDraft draft, string itemRef, AgencyRegistry registry)
    {
        _ = Find(draft, itemRef);
        var items = draft.Items.Where(i => i.Ref != itemRef).ToList();
        return draft with
        {
            Items = items,
            Agencies = AgenciesOf(items, registry),
            Warnings = [.. draft.Warnings.Where(w => w.ItemRef != itemRef)],
        };
    }

    /// <summary>Renames the plan.</summary>
    public static PlanDraft Rename(this PlanDraft draft, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return draft with { Title = title.Trim(), Warnings = [.. draft.Warnings.Where(w => w.Code != "plan.no_title")] };
    }

    /// <summary>Resolves every printed name again, e.g. after the coordinator added an alias to the registry.</summary>
    public static PlanDraft Reresolve(this PlanDraft draft, AgencyRegistry registry) =>
        draft.Items.Aggregate(draft, (d, item) => d
            .SetAgencies(item.Ref, item.Lead.Select(m => m.Printed), registry, lead: true)
            .SetAgencies(item.Ref, item.Cooperating.Select(m => m.Printed), registry, lead: false));

    /// <summary>The registered agencies the items mention, in first-mention order.</summary>
    public static IReadOnlyList<Agency> AgenciesOf(IEnumerable<DraftItem> items, AgencyRegistry registry) =>
        [.. items.SelectMany(i => i.Lead.Concat(i.Cooperating))
            .Select(m => m.Canonical).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(registry.Find).OfType<Agency>()];

    internal static DraftWarning? WarningFor(AgencyMention mention, int line, string itemRef) => mention.Status switch
    {
        ResolutionStatus.Unresolved => new DraftWarning(line, "agency.unresolved", $"Agency \"{mention.Printed}\" in item {itemRef} is not in the agency registry.", itemRef),
        ResolutionStatus.Collective => new DraftWarning(line, "agency.collective", $"\"{mention.Printed}\" in item {itemRef} stands for several agencies; name them (add_agency with members) or drop it.", itemRef),
        ResolutionStatus.Ambiguous => new DraftWarning(line, "agency.ambiguous", $"Agency \"{mention.Printed}\" in item {itemRef} could be any of: {string.Join("、", mention.Candidates)}.", itemRef),
        _ => null,
    };

    private static PlanDraft SetAgencies(this PlanDraft draft, string itemRef, IEnumerable<string> names, AgencyRegistry registry, bool lead)
    {
        var item = Find(draft, itemRef);
        var mentions = names.Select(n => registry.Mention(new ListedName(n.Trim(), n.Trim()))).ToList();
        var updated = lead ? item with { Lead = mentions } : item with { Cooperating = mentions };
        var items = draft.Items.Select(i => i.Ref == itemRef ? updated : i).ToList();

        // Warnings about this item's agencies are recomputed from both lists; other warnings stay.
        var kept = draft.Warnings.Where(w => w.ItemRef != itemRef || !(w.Code.StartsWith("agency.", StringComparison.Ordinal) || w.Code == "item.no_lead"));
        var fresh = updated.Lead.Concat(updated.Cooperating).Select(m => WarningFor(m, item.Line, itemRef)).OfType<DraftWarning>();
        var noLead = updated.Lead.Count == 0 ? [new DraftWarning(item.Line, "item.no_lead", $"Item {itemRef} names no lead agency (牵头单位).", itemRef)] : Array.Empty<DraftWarning>();
        return draft with
        {
            Items = items,
            Agencies = AgenciesOf(items, registry),
            Warnings = [.. kept.Concat(fresh).Concat(noLead).OrderBy(w => w.Line)],
        };
    }

    private static PlanDraft Update(this PlanDraft draft, string itemRef, Func<DraftItem, DraftItem> change, string? clearsCodePrefix)
    {
        var updated = change(Find(draft, itemRef));
        return draft with
        {
            Items = [.. draft.Items.Select(i => i.Ref == itemRef ? updated : i)],
            Warnings = clearsCodePrefix is null
                ? draft.Warnings
                : [.. draft.Warnings.Where(w => w.ItemRef != itemRef || !w.Code.StartsWith(clearsCodePrefix, StringComparison.Ordinal))],
        };
    }

    private static DraftItem Find(PlanDraft draft, string itemRef) =>
        draft.Items.FirstOrDefault(i => i.Ref == itemRef)
        ?? throw new ArgumentException($"The draft has no item {itemRef}.", nameof(itemRef));

    private static List<Quantity> Without(IReadOnlyList<Quantity> targets, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, targets.Count);
        return [.. targets.Where((_, i) => i != index)];
    }
}
