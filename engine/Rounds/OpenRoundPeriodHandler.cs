using Supervision.Engine.Deadlines;
using Supervision.Engine.Reactions;

namespace Supervision.Engine.Rounds;

/// <summary>Opens a round's report period on one assignment (reaction of <c>RoundOpened</c>, one per assignment).</summary>
public sealed class OpenRoundPeriodHandler(IGrainFactory grains) : IReactionHandler
{
    public const string Kind = "round.open_period";

    string IReactionHandler.Kind => Kind;

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken)
    {
        var request = reaction.Read<Request>();
        return grains.GetGrain<IAssignmentRoundPeriods>(reaction.Target).OpenRoundPeriodAsync(request.Round, request.Period, reaction.Actor, reaction.CorrelationId);
    }

    public sealed record Request(int Round, ReportPeriod Period);
}
