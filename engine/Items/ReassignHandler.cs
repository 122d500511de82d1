using Supervision.Engine.Reactions;

namespace Supervision.Engine.Items;

/// <summary>Hands the work of an upheld dispute to the agency the coordinator named (reaction of <c>DisputeUpheldReassigned</c>).</summary>
public sealed class ReassignHandler(IGrainFactory grains) : IReactionHandler
{
    public const string Kind = "item.reassign";

    string IReactionHandler.Kind => Kind;

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken)
    {
        var request = reaction.Read<Request>();
        return grains.GetGrain<IActionItemGrain>(reaction.Target).ReassignAsync(request.FromAssignmentId, request.ToAgencyId, reaction.Actor, reaction.CorrelationId);
    }

    /// <summary>The payload: the assignment whose dispute was upheld and the agency taking over.</summary>
    public sealed record Request(string FromAssignmentId, string ToAgencyId);
}
