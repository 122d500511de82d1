using Supervision.Engine.Assignments;
using Supervision.Engine.Reactions;

namespace Supervision.Engine.Cascade;

/// <summary>Opens a sub-assignment its parent cascaded (reaction of <c>AssignmentCascaded</c>).</summary>
public sealed class OpenChildHandler(IGrainFactory grains) : IReactionHandler
{
    public const string Kind = "cascade.open_child";

    string IReactionHandler.Kind => Kind;

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken)
    {
        var request = reaction.Read<Request>();
        return grains.GetGrain<IAssignmentCascade>(reaction.Target).OpenChildAsync(request.Opening, request.Link, reaction.Actor, reaction.CorrelationId);
    }

    /// <summary>The payload: the child's opening and its link to the parent.</summary>
    public sealed record Request(AssignmentOpening Opening, CascadeLink Link);
}
