namespace Supervision.Engine.Agencies.Import;

/// <summary>Cycles and over-deep chains in the registry as it would be after the file: the file's parents over the registered ones.</summary>
internal static class RegistryCycles
{
    public static IEnumerable<RegistryProblem> Find(IReadOnlyList<RegistryRow> rows, IReadOnlyDictionary<string, RegisteredAgencyNode> known)
    {
        var parents = known.Values.ToDictionary(k => k.Id, k => k.ParentId, StringComparer.Ordinal);
        var names = known.Values.ToDictionary(k => k.Id, k => k.Name, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            (parents[row.Id], names[row.Id]) = (row.ParentId, row.Name);
        }

        foreach (var row in rows)
        {
            var chain = new List<string> { row.Id };
            for (var at = parents.GetValueOrDefault(row.Id); at is not null; at = parents.GetValueOrDefault(at))
            {
                if (at == row.Id)
                {
                    var cycle = string.Join(" → ", chain.Append(row.Id).Select(i => names.GetValueOrDefault(i, i)));
                    yield return new(row.Line, "row.cycle", row.Id, $"第 {row.Line} 行形成循环：{cycle}。", $"Line {row.Line} makes a cycle: {cycle}.");
                    break;
                }

                if (chain.Contains(at) || chain.Count > AgencyAncestry.MaxDepth)
                {
                    // Above this row there is a cycle it is not part of (told at that cycle's own lines), or the chain is too long.
                    if (chain.Count > AgencyAncestry.MaxDepth && !chain.Contains(at))
                    {
                        yield return new(row.Line, "row.too_deep", row.Id, $"第 {row.Line} 行的单位上面超过 {AgencyAncestry.MaxDepth} 级。", $"Line {row.Line}: more than {AgencyAncestry.MaxDepth} levels above the agency.");
                    }

                    break;
                }

                chain.Add(at);
            }
        }
    }

    /// <summary>How many parents an agency has above it (bounded, so a cycle already reported cannot loop).</summary>
    public static int Depth(string id, IReadOnlyDictionary<string, string?> parents)
    {
        var depth = 0;
        for (var at = parents.GetValueOrDefault(id); at is not null && depth <= AgencyAncestry.MaxDepth; at = parents.GetValueOrDefault(at))
        {
            depth++;
        }

        return depth;
    }
}
