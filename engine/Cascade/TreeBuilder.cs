using Supervision.Engine.Assignments;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Targets;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Cascade;

/// <summary>Puts a tree's rows together, leaves first: each node's figures come from its own report, else from its children's.</summary>
public static class TreeBuilder
{
    // Statuses as stored, parsed once: a national tree has 100,000 nodes and a handful of statuses.
    private static readonly Dictionary<string, AssignmentStatus> Statuses =
        Enum.GetValues<AssignmentStatus>().ToDictionary(AssignmentRows.Name, StringComparer.Ordinal);

    /// <summary>Every node of the rows, by assignment id, each with its children below it.</summary>
    /// <remarks>One pass to group the rows and one to link them, without a LINQ pipeline per node: at national size
    /// (≈100,000 nodes) building the tree cost as much as its query.</remarks>
    public static Dictionary<string, TreeNode> Build(IReadOnlyList<TreeRow> rows, IReadOnlyDictionary<string, string> aggregations, DateTimeOffset at)
    {
        var byId = new Dictionary<string, List<TreeRow>>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byId.TryGetValue(row.Id, out var own))
            {
                byId[row.Id] = own = new List<TreeRow>(1);
            }

            own.Add(row);
        }

        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var own in byId.Values)
        {
            if (own[0].ParentId is { } parent && byId.ContainsKey(parent))
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(own[0].Id);
            }
        }

        var nodes = new Dictionary<string, TreeNode>(byId.Count, StringComparer.Ordinal);
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
            List<TreeNode> below = [];
            if (children.TryGetValue(id, out var ids))
            {
                below.Capacity = ids.Count;
                foreach (var child in ids)
                {
                    below.Add(Node(child));
                }

                // By name, then (as the rows came) by id: the order OrderBy kept before.
                below.Sort((x, y) => StringComparer.Ordinal.Compare(x.AgencyName, y.AgencyName) is var c and not 0 ? c : StringComparer.Ordinal.Compare(x.AssignmentId, y.AssignmentId));
            }

            var status = Statuses.TryGetValue(first.Status, out var known) ? known : AssignmentRows.ParseStatus(first.Status);
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

    private static IReadOnlyList<TreeFigure> Figures(List<TreeRow> own, List<TreeNode> below, IReadOnlyDictionary<string, string> aggregations)
    {
        // Most nodes of a large tree have no share, no report and no figures below: nothing to put together.
        if (own[0].Shares is null && own.TrueForAll(r => r.Indicator is null) && below.TrueForAll(c => c.Figures.Count == 0))
        {
            return [];
        }

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
