using Supervision.Engine.Reactions;

namespace Supervision.Engine.Assignments;

/// <summary>Opens an assignment its item dispatched or handed over (reaction of <c>ItemDispatched</c> and <c>ItemAssignmentAdded</c>).</summary>
public sealed class OpenAssignmentHandler(IGrainFactory grains) : IReactionHandler
{
    public const string Kind = "assignment.open";

    string IReactionHandler.Kind => Kind;

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken) =>
        grains.GetGrain<IAssignmentGrain>(reaction.Target).OpenAsync(reaction.Read<AssignmentOpening>(), reaction.Actor, reaction.CorrelationId);
}
