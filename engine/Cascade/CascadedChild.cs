using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Cascade;

/// <summary>
/// One sub-assignment a cascade opened: whose, in which role, due when (the date, and the instant it ends on the
/// definition's cut-off), acknowledged by when, with what shares and
/// instructions; the agency's name as it was, for refusals that name the child.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CascadedChild(
    string AssignmentId,
    string AgencyId,
    AssignmentRole Role,
    DateOnly Due,
    DateTimeOffset DueBy,
    DateTimeOffset AcknowledgeBy,
    IReadOnlyList<Share> Shares,
    string? Instructions,
    string? AgencyName = null)
{
    /// <summary>The child's agency as people know it (its name when the cascade was recorded).</summary>
    public string Named => AgencyName ?? AgencyId;

    /// <summary>The child's opening and link, from its parent's state: the same item and workflow, its own agency, role and dates.</summary>
    public OpenChildHandler.Request Opening(Assignments.AssignmentState parent, string parentId)
    {
        var o = parent.Opening!;
        var above = CascadePart.Link(parent);
        var link = new CascadeLink(parentId, o.AgencyId, [o.AgencyId, .. above?.Chain ?? []], (above?.Depth ?? 0) + 1, Shares, Instructions);
        return new(o with { AgencyId = AgencyId, Role = Role, AcknowledgeBy = AcknowledgeBy, Due = Due, DueBy = DueBy }, link);
    }
}
