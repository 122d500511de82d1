using System.Globalization;
using Supervision.Engine.Errors;

namespace Supervision.Engine.Import.Drafts;

/// <summary>
/// Applies a list of <see cref="DraftOperation"/>s all or nothing: the first bad one is refused naming its index
/// (<c>[2].item</c>) and the draft stays as it was. Agency additions take effect for the operations after them.
/// </summary>
public static class DraftOperations
{
    public static readonly IReadOnlyList<string> Names =
        ["set_lead", "set_cooperating", "set_deadline", "add_target", "remove_target", "drop_item", "rename", "add_alias", "add_agency", "split_item", "undo_rule", "accept_target", "name_target"];

    public static (PlanDraft Draft, IReadOnlyList<Agency> Added) Apply(
        PlanDraft draft, AgencyRegistry registry, IReadOnlyList<Agency> added, IReadOnlyList<DraftOperation?> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var edit = new Edit(draft, registry, [.. added]);
        for (var i = 0; i < operations.Count; i++)
        {
            var op = operations[i] ?? throw Bad(i, null, "An edit must be an object such as {\"op\":\"drop_item\",\"item\":\"二(一)\"}.");
            edit.Apply(i, op);
        }

        return (edit.Draft, edit.Added);
    }

    internal static SupervisionException Bad(int index, string? field, string message) =>
        SupervisionException.Invalid("import.bad_edit", $"Edit [{index}]: {message}", field is null ? $"[{index}]" : $"[{index}].{field}");

    private sealed class Edit(PlanDraft draft, AgencyRegistry registry, List<Agency> added)
    {
        public PlanDraft Draft { get; private set; } = draft;

        public List<Agency> Added => added;

        public void Apply(int i, DraftOperation op)
        {
            Draft = op.Op switch
            {
                "set_lead" => Draft.SetLead(Item(i, op), AgencyNames(i, op), registry),
                "set_cooperating" => Draft.SetCooperating(Item(i, op), AgencyNames(i, op), registry),
                "set_deadline" => Draft.SetDeadline(Item(i, op), Deadline(i, op)),
                "add_target" => Draft.AddTarget(ItemOrPlan(i, op), Target(i, op)),
                "remove_target" => Draft.RemoveTarget(ItemOrPlan(i, op), TargetIndex(i, op)),
                "drop_item" => Draft.DropItem(Item(i, op), registry),
                "rename" => Draft.Rename(Required(i, "title", op.Title)),
                "add_alias" => Grow(AliasAdded(i, op)),
                "add_agency" => Grow(AgencyAdded(i, op)),
                "split_item" => Draft.Items.First(x => x.Ref == Item(i, op)).Parts is { Count: > 1 }
                    ? Draft.SplitItem(op.Item!.Trim(), registry)
                    : throw Bad(i, "item", $"Item \"{op.Item}\" has only one part; there is nothing to split."),
                "undo_rule" => (Draft.Rules ?? []).Any(r => r.Line == op.Line)
                    ? Draft.UndoRule(op.Line!.Value, registry)
                    : throw Bad(i, "line", $"There is no standing rule on line {op.Line}; see the draft's \"rules\"."),
                "accept_target" => Draft.AcceptTarget(Item(i, op), TargetIndex(i, op)),
                "name_target" => Draft.NameTarget(ItemOrPlan(i, op), TargetIndex(i, op), Required(i, "name", op.Name).Length <= 100
                    ? op.Name!.Trim()
                    : throw Bad(i, "name", "An indicator name is at most 100 characters.")),
                _ => throw Bad(i, "op", $"Unknown edit \"{op.Op}\"; use one of {string.Join(", ", Names)}."),
            };
        }

        private PlanDraft Grow(Agency agency)
        {
            registry = registry.With(agency);
            added.RemoveAll(a => AgencyRegistry.Key(a.Name) == AgencyRegistry.Key(agency.Name));
            added.Add(agency);
            return DraftRegistry.Refresh(Draft, registry);
        }

        private Agency AliasAdded(int i, DraftOperation op)
        {
            var agency = registry.Find(Required(i, "agency", op.Agency))
                ?? throw Bad(i, "agency", $"There is no agency named \"{op.Agency}\" in the registry; add it with add_agency.");
            var alias = Required(i, "alias", op.Alias);
            return registry.Resolve(alias) is { Status: ResolutionStatus.Resolved } taken && taken.Agency!.Name != agency.Name
                ? throw Bad(i, "alias", $"\"{alias}\" already means {taken.Agency.Name}.")
                : agency with { Aliases = [.. agency.Aliases, alias] };
        }

        private Agency AgencyAdded(int i, DraftOperation op)
        {
            var name = Required(i, "name", op.Name);
            if (registry.Find(name) is not null)
            {
                throw Bad(i, "name", $"\"{name}\" is already in the registry; use add_alias to give it another name.");
            }

            var members = (op.Members ?? []).Select((m, k) => registry.Resolve(m) is { Status: ResolutionStatus.Resolved } r
                ? r.Agency!.Name
                : throw Bad(i, $"members[{k}]", $"Member \"{m}\" is not an agency in the registry.")).ToList();
            var isGroup = op.Group ?? members.Count > 0;
            if (!isGroup && members.Count > 0)
            {
                throw Bad(i, "members", "Only a group agency (\"group\": true) has members.");
            }

            var aliases = (op.Aliases ?? []).Select((a, k) => Required(i, $"aliases[{k}]", a)).ToList();
            return new Agency(name, aliases, isGroup ? AgencyKind.Group : AgencyKind.Department, members);
        }

        private string Item(int i, DraftOperation op)
        {
            var reference = Required(i, "item", op.Item);
            return Draft.Items.Any(x => x.Ref == reference)
                ? reference
                : throw Bad(i, "item", $"The draft has no item \"{reference}\".");
        }

        private string? ItemOrPlan(int i, DraftOperation op) => op.Item is null ? null : Item(i, op);

        private static List<string> AgencyNames(int i, DraftOperation op) =>
            (op.Agencies ?? throw Bad(i, "agencies", "Give the list of agencies, e.g. [\"自治区商务厅\"]."))
                .Select((a, k) => Required(i, $"agencies[{k}]", a)).ToList();

        private static Deadline? Deadline(int i, DraftOperation op)
        {
            if (op.Due is null)
            {
                return op.Text is null ? null : new Deadline(op.Text, null);
            }

            return DateOnly.TryParseExact(op.Due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
                ? new Deadline(op.Text ?? op.Due, due)
                : throw Bad(i, "due", $"\"{op.Due}\" is not a date like 2022-12-31.");
        }

        private static Quantity Target(int i, DraftOperation op)
        {
            var text = Required(i, "text", op.Text);
            var value = op.Value ?? throw Bad(i, "value", "A target needs a numeric value.");
            Comparator comparator;
            try
            {
                comparator = ComparatorSymbols.Parse(op.Comparator ?? "=");
            }
            catch (FormatException e)
            {
                throw Bad(i, "comparator", e.Message);
            }

            return new Quantity(text, value, op.Unit?.Trim() ?? "", comparator, text);
        }

        private int TargetIndex(int i, DraftOperation op)
        {
            var targets = op.Item is null ? Draft.Targets : Draft.Items.First(x => x.Ref == op.Item).Targets;
            return op.Index is { } index && index >= 0 && index < targets.Count
                ? index
                : throw Bad(i, "index", $"Give the index of one of the {targets.Count} targets (0 to {targets.Count - 1}).");
        }

        private static string Required(int i, string field, string? value) =>
            string.IsNullOrWhiteSpace(value) ? throw Bad(i, field, $"\"{field}\" is required.") : value.Trim();
    }
}
