namespace Supervision.Engine.Agencies.Import;

/// <summary>
/// The rows an agency user may not import: an agency keeps only what is below itself (see <see cref="RegistryKeeper"/>),
/// so every row must end below it, and a registered agency it changes must already be below it.
/// </summary>
internal static class RegistrySubtree
{
    public static IEnumerable<RegistryProblem> Outside(IReadOnlyList<RegistryRow> rows, IReadOnlyDictionary<string, RegisteredAgencyNode> known, string keeper)
    {
        var now = known.Values.ToDictionary(k => k.Id, k => k.ParentId, StringComparer.Ordinal);
        // A row that may not move its agency (one not below the keeper now) carries nothing below it along with it.
        var after = new Dictionary<string, string?>(now, StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !known.ContainsKey(r.Id) || Below(r.Id, now, keeper)))
        {
            after[row.Id] = row.ParentId;
        }

        var name = known.TryGetValue(keeper, out var own) ? own.Name : keeper;
        foreach (var row in rows)
        {
            if (known.ContainsKey(row.Id) && !Below(row.Id, now, keeper))
            {
                yield return new(row.Line, "row.outside_subtree", row.Id,
                    $"第 {row.Line} 行的单位「{row.Name}」不是{name}的下级单位，本单位不能修改它。",
                    $"Line {row.Line}: '{row.Name}' is not below {name}; an agency changes only agencies below it.");
            }
            else if (!Below(row.Id, after, keeper))
            {
                yield return new(row.Line, "row.outside_subtree", row.Id,
                    $"第 {row.Line} 行的单位「{row.Name}」的上级不在{name}之下：本单位只能登记和调整其下级单位。",
                    $"Line {row.Line}: the parent of '{row.Name}' is not {name} or below it; an agency registers only agencies below it.");
            }
        }
    }

    // Strictly below: the walk starts at the parent, and is bounded so a cycle (reported on its own) cannot hang it.
    private static bool Below(string id, Dictionary<string, string?> parents, string keeper)
    {
        var current = parents.GetValueOrDefault(id);
        for (var steps = 0; current is not null && steps <= AgencyAncestry.MaxDepth + 1; steps++)
        {
            if (current == keeper)
            {
                return true;
            }

            current = parents.GetValueOrDefault(current);
        }

        return false;
    }
}
