using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Parts;
using Supervision.Engine.Cascade.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Cascade;

/// <summary>Keeps the roll-up tree's rows (<see cref="TreeRows"/>) with each append: figures when a report changes, shares when a child opens.</summary>
public sealed class TreeFiguresPart : IAssignmentPart
{
    public void When(AssignmentState state, TrailEntry entry)
    {
    }

    public IEnumerable<ProjectionWrite> Project(string assignmentId, AssignmentState before, AssignmentState after, IReadOnlyList<RecordedEvent> recorded)
    {
        var writes = new List<ProjectionWrite>();
        if (!ReferenceEquals(before.Reports, after.Reports) && !before.Reports.SequenceEqual(after.Reports))
        {
            writes.AddRange(TreeRows.Figures(assignmentId, after));
        }

        if (recorded.Any(r => r.Event is CascadeLinked) && CascadePart.Link(after) is { Shares.Count: > 0 } link)
        {
            writes.Add(TreeRows.Shares(assignmentId, link.Shares));
        }

        return writes;
    }
}
