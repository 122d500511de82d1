using Supervision.Engine.Trail;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Cascade;
using Supervision.Engine.Errors;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Cascade;

/// <summary>The cascade on an assignment page: the way up (breadcrumbs), the tree below, and the cascade form for the holder.</summary>
public sealed record CascadeSection(IReadOnlyList<TreeAncestor> Ancestors, TreeNode? Tree, CascadeForm? Form)
{
    public static CascadeSection None { get; } = new([], null, null);
}

/// <summary>Reads a <see cref="CascadeSection"/> for one reader.</summary>
public sealed class CascadeSections(TreeQuery trees, TreeAncestors ancestors, AgencySubtreeQuery subtree, IGrainFactory grains)
{
    public async Task<CascadeSection> LoadAsync(AssignmentView view, Actor actor, CancellationToken cancellationToken)
    {
        var up = await ancestors.RunAsync(view.Id, actor, cancellationToken);
        TreeNode? tree;
        try
        {
            tree = await trees.AssignmentAsync(view.Id, null, actor, cancellationToken);
        }
        catch (SupervisionException e) when (e.Kind == FailureKind.NotFound)
        {
            // A reader of the assignment who is not of its subtree (a cooperating agency's user reading the lead's): no tree.
            tree = null;
        }

        var holder = actor.Role == Engine.Access.Roles.Coordinator || (actor.Role == Engine.Access.Roles.Agency && actor.AgencyId == view.AgencyId);
        if (tree is null || !holder || !AssignmentCycle.IsOpen(view.Status))
        {
            return new CascadeSection(up, tree, null);
        }

        var below = (await subtree.RunAsync(Actor.System, view.AgencyId, 1, cancellationToken)).Agencies
            .Select(a => new CascadeForm.Row(a.Id, a.Name)).ToList();
        var form = below.Count == 0 ? null : await CascadeForm.ForAsync(grains, tree, up.Count == 0, view.PlanId, view.ItemId, below);
        return new CascadeSection(up, tree, form is { Rows.Count: > 0 } ? form : null);
    }
}
