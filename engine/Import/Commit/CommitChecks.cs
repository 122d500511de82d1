using Supervision.Engine.Errors;
using Supervision.Engine.Plans;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Import.Commit;

/// <summary>
/// Everything that would stop a commit half-way, checked before anything is written: a plan is created whole
/// or not at all, never with the first ten items of twenty.
/// </summary>
public static class CommitChecks
{
    public static void Require(PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var unresolved = draft.Items
            .SelectMany(i => i.Lead.Select(m => (Item: i, Role: "lead", Mention: m)).Concat(i.Cooperating.Select(m => (Item: i, Role: "cooperating", Mention: m))))
            .Where(x => x.Mention.Status != ResolutionStatus.Resolved || x.Mention.Canonical is null)
            .Select(x => $"{x.Item.Ref} {x.Role} \"{x.Mention.Printed}\" ({x.Mention.Status.ToString().ToLowerInvariant()})")
            .ToList();
        if (unresolved.Count > 0)
        {
            throw SupervisionException.Invalid(
                "import.unresolved_agencies",
                $"Resolve these agencies before committing (set the item's agencies, or add an alias or an agency): {string.Join("; ", unresolved)}.",
                "items");
        }

        if (draft.Items.Count == 0)
        {
            throw SupervisionException.Invalid("import.no_items", "The draft has no action items to create.", "items");
        }

        if (draft.Items.FirstOrDefault(i => i.Lead.Count == 0) is { } leaderless)
        {
            throw SupervisionException.Invalid("import.no_lead", $"Item {leaderless.Ref} has no lead agency (牵头单位); set one before committing.", "items");
        }

        if (draft.Items.GroupBy(i => i.Ref).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw SupervisionException.Invalid("import.duplicate_ref", $"Item number {twice.Key} occurs {twice.Count()} times; drop or correct one.", "items");
        }

        // The same checks the plan and item grains make, so none of them refuses once creation has begun.
        Text.Required(draft.Title, "title", 500);
        Text.Optional(draft.Issuer, "issuer");
        TargetRules.Check(Targets(draft.Targets), "targets");
        for (var i = 0; i < draft.Items.Count; i++)
        {
            var item = draft.Items[i];
            Text.Required(item.Ref, $"items[{i}].ref", 40);
            Text.Required(item.Title, $"items[{i}].title", 500);
            Text.Optional(item.Text, $"items[{i}].text", Text.LongMax);
            TargetRules.Check(Targets(item.Targets), $"items[{i}].targets");
        }
    }

    public static List<Target> Targets(IEnumerable<Quantity> quantities) =>
        [.. quantities.Where(q => !q.Candidate).Select(q => new Target(q.Text, q.Value, q.Unit.Length == 0 ? null : q.Unit, q.Comparator.ToSymbol(), q.Name))];
}
