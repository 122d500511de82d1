namespace Supervision.Engine.Cascade;

/// <summary>
/// One assignment in a roll-up tree: its agency, status, colour (red/yellow/green, <see cref="Deadlines.Rag"/>), the
/// whole days it is past due (0 when not), its figures and its children the same way.
/// </summary>
public sealed record TreeNode(
    string AssignmentId,
    string AgencyId,
    string AgencyName,
    string Status,
    string Rag,
    int OverdueDays,
    DateTimeOffset? DueAt,
    IReadOnlyList<TreeFigure> Figures,
    IReadOnlyList<TreeNode> Children)
{
    /// <summary>Children past due and still open, at every level below this node.</summary>
    public int LateBelow => Children.Sum(c => (c.OverdueDays > 0 ? 1 : 0) + c.LateBelow);
}

/// <summary>
/// One indicator at a node: the node's share of it (null at the first level, where the target bounds it), the node's
/// own latest reported figure, its children's figures put together per the target's aggregation (<c>sum</c>,
/// <c>mean</c>, <c>latest</c>), and the figure that counts (its own report, else its children's).
/// </summary>
public sealed record TreeFigure(string Indicator, string Aggregation, decimal? Share, decimal? Reported, decimal? Children, decimal? Actual);

/// <summary>An item of a plan with its top-level assignments' trees.</summary>
public sealed record TreeItem(string ItemId, string Ref, string Title, IReadOnlyList<TreeNode> Assignments);

/// <summary>A plan's roll-up tree, as of <see cref="AsOf"/>.</summary>
public sealed record PlanTree(string PlanId, string Title, DateTimeOffset AsOf, int Depth, IReadOnlyList<TreeItem> Items);
