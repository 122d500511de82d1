namespace Supervision.Engine.Import;

/// <summary>
/// Corrections that reshape a draft beyond one field: split an item into its parts, undo a standing rule,
/// accept a candidate target.
/// </summary>
public static class DraftReshaping
{
    /// <summary>Replaces an item of several parts with one item per part (<c>二(一)-1</c>, <c>二(一)-2</c> …).</summary>
    public static PlanDraft SplitItem(this PlanDraft draft, string itemRef, AgencyRegistry registry)
    {
        var item = draft.Items.FirstOrDefault(i => i.Ref == itemRef)
            ?? throw new ArgumentException($"The draft has no item {itemRef}.", nameof(itemRef));
        if (item.Parts is not { Count: > 1 } parts)
        {
            throw new ArgumentException($"Item {itemRef} has only one part; there is nothing to split.", nameof(itemRef));
        }

        var pieces = parts.Select((p, k) => new DraftItem(
            $"{itemRef}-{k + 1}",
            item.Section,
            ItemTitle.Of(p.Text),
            p.Text,
            p.Lead,
            [.. p.Cooperating.Where(c => p.Lead.All(l => l.Key != c.Key))],
            item.Deadline,
            ItemTargets.Find(p.Text),
            p.Line,
            null,
            item.Leader,
            item.Score)).ToList();
        var items = draft.Items.SelectMany(i => i.Ref == itemRef ? pieces : [i]).ToList();
        var warnings = draft.Warnings.Where(w => w.ItemRef != itemRef).Concat(pieces.SelectMany(AgencyWarnings));
        var rules = (draft.Rules ?? []).Select(r => r.Items.Contains(itemRef)
            ? r with { Items = [.. r.Items.SelectMany(x => x == itemRef ? pieces.Select(p => p.Ref) : [x])] }
            : r);
        return draft with
        {
            Items = items,
            Agencies = DraftEdits.AgenciesOf(items, registry),
            Warnings = [.. warnings.OrderBy(w => w.Line)],
            Rules = [.. rules],
        };
    }

    /// <summary>Takes back the leads a standing rule gave to the items after the one that states it.</summary>
    public static PlanDraft UndoRule(this PlanDraft draft, int line, AgencyRegistry registry)
    {
        var rule = (draft.Rules ?? []).FirstOrDefault(r => r.Line == line)
            ?? throw new ArgumentException($"The draft has no standing rule on line {line}.", nameof(line));
        var names = rule.Lead.Select(AgencyRegistry.Key).ToHashSet(StringComparer.Ordinal);
        bool ByRule(AgencyMention m) => names.Contains(AgencyRegistry.Key(m.Printed));
        // The item whose own parenthesis states the rule keeps what it says; a sentence under a heading states none.
        var reached = rule.Items.Where(r => draft.Items.FirstOrDefault(i => i.Ref == r) is not { } stating
            || !ChineseFold.Fold(stating.Text).Contains(ChineseFold.Fold(rule.Text), StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var items = draft.Items.Select(i => reached.Contains(i.Ref)
            ? i with
            {
                Lead = [.. i.Lead.Where(m => !ByRule(m))],
                Parts = i.Parts?.Select(p => p with { Lead = [.. p.Lead.Where(m => !ByRule(m))] }).ToList(),
            }
            : i).ToList();
        var kept = draft.Warnings.Where(w => !(reached.Contains(w.ItemRef ?? "") && (w.Code.StartsWith("agency.", StringComparison.Ordinal) || w.Code == "item.no_lead"))
            && !(w.Code == "rule.standing" && w.Line == line));
        var fresh = items.Where(i => reached.Contains(i.Ref)).SelectMany(AgencyWarnings);
        return draft with
        {
            Items = items,
            Agencies = DraftEdits.AgenciesOf(items, registry),
            Warnings = [.. kept.Concat(fresh).OrderBy(w => w.Line)],
            Rules = [.. draft.Rules!.Where(r => r != rule)],
        };
    }

    /// <summary>Makes the candidate target at <paramref name="index"/> of an item a target.</summary>
    public static PlanDraft AcceptTarget(this PlanDraft draft, string itemRef, int index)
    {
        var item = draft.Items.FirstOrDefault(i => i.Ref == itemRef)
            ?? throw new ArgumentException($"The draft has no item {itemRef}.", nameof(itemRef));
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, item.Targets.Count);
        var accepted = item with { Targets = [.. item.Targets.Select((t, k) => k == index ? t with { Candidate = false } : t)] };
        return draft with { Items = [.. draft.Items.Select(i => i.Ref == itemRef ? accepted : i)] };
    }

    private static IEnumerable<DraftWarning> AgencyWarnings(DraftItem item)
    {
        var warnings = item.Lead.Concat(item.Cooperating).Select(m => DraftEdits.WarningFor(m, item.Line, item.Ref)).OfType<DraftWarning>();
        return item.Lead.Count > 0
            ? warnings
            : warnings.Append(new DraftWarning(item.Line, "item.no_lead", $"Item {item.Ref} names no lead agency (牵头单位).", item.Ref));
    }
}
