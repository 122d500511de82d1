using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Cascade;

/// <summary>
/// Checks the children asked for against the parent, all before anything is recorded: each refusal names the child by
/// its index (<c>children[2].due</c>) and the reason, in Chinese and English.
/// </summary>
public static class CascadeChecks
{
    /// <summary>The most children one cascade may open (a prefecture's counties, a county's townships).</summary>
    public const int MaxChildren = 500;

    /// <summary>One child, checked.</summary>
    public sealed record Checked(string AgencyId, string Name, AssignmentRole Role, DateOnly Due, IReadOnlyList<Share> Shares, string? Instructions);

    /// <summary>What the children are checked against: <paramref name="From"/> opens the window the parent's due date closes.</summary>
    /// <param name="Limits">Each indicator a child may be given a share of, with the most all the children together may hold (null: no bound).</param>
    public sealed record Parent(string Id, AssignmentOpening Opening, CascadeLink? Link, IReadOnlyList<CascadedChild> Existing, int MaxDepth, DateOnly From, IReadOnlyDictionary<string, decimal?> Limits);

    public static async Task<List<Checked>> CheckAsync(ITables tables, Parent parent, IReadOnlyList<CascadeChildInput?>? children)
    {
        var list = Access.Limits.Bounded(children, "children", MaxChildren);
        if (list is null || list.Count == 0)
        {
            throw SupervisionException.Invalid("input.required", "'children' must name at least one child.", "children");
        }

        var depth = (parent.Link?.Depth ?? 0) + 1;
        if (depth > parent.MaxDepth)
        {
            throw SupervisionException.Invalid("cascade.too_deep", $"This assignment is at level {depth - 1}; sub-assignments may go at most {parent.MaxDepth} levels down (setting Supervision:Cascade:MaxDepth).", "children")
                .With("limit", parent.MaxDepth);
        }

        var result = new List<Checked>();
        for (var i = 0; i < list.Count; i++)
        {
            var child = await OneAsync(tables, parent, list[i], i);
            if (result.Any(c => c.AgencyId == child.AgencyId))
            {
                throw Refusal(i, "agency_id", "cascade.duplicate", $"agency '{child.AgencyId}' is named twice.", child.Name);
            }

            result.Add(child);
        }

        CheckTotals(parent, result);
        return result;
    }

    private static async Task<Checked> OneAsync(ITables tables, Parent parent, CascadeChildInput? child, int i)
    {
        if (child is null)
        {
            throw SupervisionException.Invalid("input.required", $"'children[{i}]' must be a child, not null.", $"children[{i}]");
        }

        var agency = Text.Required(child.AgencyId, $"children[{i}].agency_id");
        if (agency == parent.Opening.AgencyId)
        {
            throw Refusal(i, "agency_id", "cascade.self", $"agency '{agency}' holds this assignment; a child must be an agency below it.", agency);
        }

        var (name, above) = await AncestorsAsync(tables, agency);
        if (!above.Contains(parent.Opening.AgencyId))
        {
            throw Refusal(i, "agency_id", "cascade.outside_subtree", $"agency '{agency}' is not below '{parent.Opening.AgencyId}' in the registry.", name);
        }

        var id = CascadePart.ChildId(parent.Opening.ItemId, agency);
        if (!parent.Existing.Any(c => c.AssignmentId == id) && (await tables.QueryAsync("SELECT 1 FROM assignments WHERE id = @id",
                new Dictionary<string, object?> { ["id"] = id }, r => 1)).Count > 0)
        {
            throw Refusal(i, "agency_id", "cascade.already_assigned", $"agency '{agency}' already has an assignment on item {parent.Opening.ItemRef}.", name);
        }

        var role = child.Role switch
        {
            "lead" => AssignmentRole.Lead,
            "cooperating" => AssignmentRole.Cooperating,
            _ => throw Refusal(i, "role", "cascade.role", $"'role' must be lead or cooperating (was '{child.Role}').", name),
        };
        var due = child.Due ?? throw SupervisionException.Invalid("input.required", $"'children[{i}].due' is required.", $"children[{i}].due");
        if (due < parent.From || (parent.Opening.Due is { } end && due > end))
        {
            var window = $"{parent.From:yyyy-MM-dd} – {parent.Opening.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}";
            throw Refusal(i, "due", "cascade.due_outside", $"the due date {due:yyyy-MM-dd} is outside the parent's window {window}.", name).With("window", window);
        }

        var shares = new List<Share>();
        foreach (var (share, j) in (child.Shares ?? []).Select((s, j) => (s, j)))
        {
            var field = $"children[{i}].shares[{j}]";
            var indicator = Text.Required(share?.Indicator, $"{field}.indicator");
            if (!parent.Limits.ContainsKey(indicator))
            {
                throw Refusal(i, $"shares[{j}].indicator", "cascade.unknown_indicator",
                    $"'{indicator}' is not an indicator the parent can share out ({string.Join(", ", parent.Limits.Keys)}).", name)
                    .With("indicator", indicator).With("allowed", string.Join("、", parent.Limits.Keys));
            }

            if (share!.Value is not > 0)
            {
                throw Refusal(i, $"shares[{j}].value", "cascade.share_value", "a share's value must be a number above zero.", name);
            }

            shares.Add(new Share(indicator, share.Value.Value));
        }

        return new Checked(agency, name, role, due, shares, Text.Optional(child.Instructions, $"children[{i}].instructions", Text.LongMax));
    }

    // The shares of one indicator, the children's already cascaded included, stay within the parent's.
    private static void CheckTotals(Parent parent, List<Checked> children)
    {
        var ids = children.Select(c => CascadePart.ChildId(parent.Opening.ItemId, c.AgencyId)).ToHashSet();
        var totals = parent.Existing.Where(c => !ids.Contains(c.AssignmentId)).SelectMany(c => c.Shares)
            .GroupBy(s => s.Indicator).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        for (var i = 0; i < children.Count; i++)
        {
            foreach (var share in children[i].Shares)
            {
                var total = totals[share.Indicator] = totals.GetValueOrDefault(share.Indicator) + share.Value;
                if (parent.Limits[share.Indicator] is { } limit && total > limit)
                {
                    throw Refusal(i, "shares", "cascade.share_exceeds",
                        $"the shares of '{share.Indicator}' add up to {total}, more than the parent's {limit}.", children[i].Name)
                        .With("indicator", share.Indicator).With("total", total).With("limit", limit);
                }
            }
        }
    }

    /// <summary>
    /// Refuses handing a child's work over to an agency that is not below the child's reviewer (<paramref name="parentAgencyId"/>)
    /// or that already has an assignment on the item: checked before the dispute is settled, so nothing is recorded.
    /// </summary>
    public static async Task CheckHandOverAsync(ITables tables, string toAgencyId, string parentAgencyId, AssignmentOpening child)
    {
        var (name, above) = await AncestorsAsync(tables, toAgencyId);
        if (!above.Contains(parentAgencyId))
        {
            throw SupervisionException.Invalid("cascade.hand_over_outside", $"Agency '{toAgencyId}' is not below '{parentAgencyId}', which this sub-assignment belongs to.", "to_agency_id")
                .With("agency", name);
        }

        if ((await tables.QueryAsync("SELECT 1 FROM assignments WHERE id = @id", new Dictionary<string, object?> { ["id"] = CascadePart.ChildId(child.ItemId, toAgencyId) }, r => 1)).Count > 0)
        {
            throw SupervisionException.Conflict("item.agency_already_assigned", $"Agency '{toAgencyId}' already has an assignment on item {child.ItemRef}.");
        }
    }

    private static SupervisionException Refusal(int index, string field, string code, string reason, string agency) =>
        SupervisionException.Invalid(code, $"Child {index + 1} ({agency}): {reason}", $"children[{index}].{field}")
            .With("index", index + 1).With("agency", agency);

    /// <summary>An agency's name and the agencies above it (nearest first), walked up the registry's parents; none for an unknown agency.</summary>
    // An agency's name and the agencies above it (nearest first), walked up the registry's parents; none for an unknown agency.
    public static async Task<(string Name, List<string> Above)> AncestorsAsync(ITables tables, string agencyId)
    {
        var (name, above) = (agencyId, new List<string>());
        string? current = agencyId;
        while (above.Count <= Agencies.AgencyAncestry.MaxDepth)
        {
            var rows = await tables.QueryAsync("SELECT name, parent_id FROM agencies WHERE id = @id",
                new Dictionary<string, object?> { ["id"] = current }, r => (Name: r.GetString(0), Parent: r.NullableString(1)));
            if (rows.Count == 0)
            {
                break;
            }

            name = current == agencyId ? rows[0].Name : name;
            if (rows[0].Parent is not { } parentId)
            {
                break;
            }

            above.Add(current = parentId);
        }

        return (name, above);
    }
}
