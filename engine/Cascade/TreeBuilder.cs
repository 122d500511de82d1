using Supervision.Engine.Assignments;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Targets;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Cascade;

/// <summary>Puts a tree's rows together, leaves first: each node's figures come from its own report, else from its children's.</summary>
public static class TreeBuilder
{
    /// <summary>Every node of the rows, by assignment id, each with its children below it.</summary>
    public static Dictionary<string, TreeNode> Build(IReadOnlyList<TreeRow> rows, IReadOnlyDictionary<string, string> aggregations, DateTimeOffset at)
    {
        var byId = rows.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var children = byId.Values.Select(g => g[0]).Where(r => r.ParentId is not null && byId.ContainsKey(r.ParentId))
            .GroupBy(r => r.ParentId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToList(), StringComparer.Ordinal);
        var nodes = new Dictionary<string, TreeNode>(StringComparer.Ordinal);
        foreach (var id in byId.Keys)
        {
            Node(id);
        }

        return nodes;

        TreeNode Node(string id)
        {
            if (nodes.TryGetValue(id, out var done))
            {
                return done;
            }

            var own = byId[id];
            var first = own[0];
            var below = children.GetValueOrDefault(id)?.Select(Node).OrderBy(n => n.AgencyName, StringComparer.Ordinal).ToList() ?? [];
            var status = AssignmentRows.ParseStatus(first.Status);
            var overdue = AssignmentCycle.IsOpen(status) && first.DueAt is { } due && due < at ? (int)Math.Ceiling((at - due).TotalDays) : 0;
            return nodes[id] = new TreeNode(id, first.AgencyId, first.AgencyName, first.Status, Rag.OfRank(first.RagRank), overdue, first.DueAt,
                Figures(own, below, aggregations), below);
        }
    }

    /// <summary>The nodes at the top of the rows: dispatched assignments, or (for an agency user) its own highest ones.</summary>
    public static List<TreeRow> Roots(IReadOnlyList<TreeRow> rows)
    {
        var ids = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return [.. rows.Where(r => r.ParentId is null || !ids.Contains(r.ParentId)).DistinctBy(r => r.Id)];
    }

    private static List<TreeFigure> Figures(List<TreeRow> own, List<TreeNode> below, IReadOnlyDictionary<string, string> aggregations)
    {
        var shares = TreeRows.ParseShares(own[0].Shares).GroupBy(s => s.Indicator).ToDictionary(g => g.Key, g => g.Sum(s => s.Value), StringComparer.Ordinal);
        var reported = own.Where(r => r.Indicator is not null && r.Value is not null).ToDictionary(r => r.Indicator!, r => r.Value!.Value, StringComparer.Ordinal);
        var names = shares.Keys.Concat(reported.Keys).Concat(below.SelectMany(c => c.Figures.Select(f => f.Indicator))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. names.Select(name =>
        {
            var aggregation = aggregations.GetValueOrDefault(name) ?? Aggregations.Sum;
            var values = below.Select(c => c.Figures.FirstOrDefault(f => f.Indicator == name)?.Actual).OfType<decimal>().ToList();
            decimal? children = values.Count == 0 ? null : aggregation switch
            {
                Aggregations.Sum => values.Sum(),
                Aggregations.Mean => Math.Round(values.Average(), 4),
                _ => values.Max(),
            };
            decimal? mine = reported.TryGetValue(name, out var r) ? r : null;
            return new TreeFigure(name, aggregation, shares.TryGetValue(name, out var s) ? s : null, mine, children, mine ?? children);
        })];
    }
}
