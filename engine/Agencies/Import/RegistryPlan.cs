namespace Supervision.Engine.Agencies.Import;

/// <summary>
/// Compares a registry file with the registry: the changes, and the problems the file's rows make together (a duplicate
/// id, a parent neither in the file nor registered, a cycle, a chain deeper than an agency may be, a row outside the importing agency's subtree). Pure: the same file
/// against the same registry gives the same preview.
/// </summary>
public static class RegistryPlan
{
    /// <param name="keeper">The agency of an agency user importing: every row must lie below it. <c>null</c> for the office.</param>
    public static RegistryPreview Preview(string id, string fileName, RegistryFile file, IReadOnlyList<RegisteredAgencyNode> registered, DateTimeOffset? committedAt, string? keeper = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(registered);
        var known = registered.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var problems = file.Problems.ToList();
        var duplicates = file.Rows.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var row in duplicates.Values.SelectMany(d => d.Skip(1)))
        {
            var first = duplicates[row.Id][0].Line;
            problems.Add(new(row.Line, "row.duplicate_id", row.Id, $"第 {row.Line} 行的编号「{row.Id}」与第 {first} 行重复。", $"Line {row.Line}: the id '{row.Id}' is already on line {first}."));
        }

        var rows = file.Rows.Where(r => !duplicates.TryGetValue(r.Id, out var d) || d[0] == r).ToList();
        var inFile = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.ParentId is { } p && !inFile.ContainsKey(p) && !known.ContainsKey(p)))
        {
            problems.Add(new(row.Line, "row.unknown_parent", row.Id, $"第 {row.Line} 行的上级编号「{row.ParentId}」既不在文件中，也未登记。", $"Line {row.Line}: the parent '{row.ParentId}' is neither in the file nor registered."));
        }

        problems.AddRange(RegistryCycles.Find(rows, known));
        if (keeper is not null)
        {
            problems.AddRange(RegistrySubtree.Outside(rows, known, keeper));
        }

        return new RegistryPreview(
            id, fileName, file.Rows.Count + file.Problems.Count,
            [.. rows.Where(r => !known.ContainsKey(r.Id)).Select(r => new RegistryPreview.Change(r.Line, r.Id, r.Name, null, r.ParentId))],
            [.. rows.Where(r => known.TryGetValue(r.Id, out var k) && k.Name != r.Name).Select(r => new RegistryPreview.Change(r.Line, r.Id, r.Name, known[r.Id].Name, r.Name))],
            [.. rows.Where(r => known.TryGetValue(r.Id, out var k) && k.ParentId != r.ParentId).Select(r => new RegistryPreview.Change(r.Line, r.Id, r.Name, known[r.Id].ParentId, r.ParentId))],
            [.. rows.Where(r => known.TryGetValue(r.Id, out var k) && r.Aliases is { } a && !a.Order().SequenceEqual(k.Aliases.Order()))
                .Select(r => new RegistryPreview.Change(r.Line, r.Id, r.Name, string.Join("、", known[r.Id].Aliases), string.Join("、", r.Aliases!)))],
            rows.Count(r => known.TryGetValue(r.Id, out var k) && k.Name == r.Name && k.ParentId == r.ParentId && (r.Aliases is null || r.Aliases.Order().SequenceEqual(k.Aliases.Order()))),
            [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Code, StringComparer.Ordinal)],
            committedAt);
    }

    /// <summary>The rows in the order a commit sets their parents: each after its parent, so no step makes a cycle the end state has not.</summary>
    public static IReadOnlyList<RegistryRow> ParentsFirst(IReadOnlyList<RegistryRow> rows, IReadOnlyList<RegisteredAgencyNode> registered)
    {
        var parents = registered.ToDictionary(r => r.Id, r => r.ParentId, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            parents[row.Id] = row.ParentId;
        }

        return [.. rows.OrderBy(r => RegistryCycles.Depth(r.Id, parents)).ThenBy(r => r.Line)];
    }
}
