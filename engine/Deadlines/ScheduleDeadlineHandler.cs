using System.Text.Json;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Deadlines;

/// <summary>
/// Makes sure a firing exists at the instant an obligation's next rung falls due. Obligations due at the same instant
/// share it, so asking again (a retry, another assignment) changes nothing.
/// </summary>
public sealed class ScheduleDeadlineHandler(IDeadlineTriggers triggers) : IReactionHandler
{
    public const string Kind = "deadline.schedule";

    string IReactionHandler.Kind => Kind;

    public static Reaction For(DateTimeOffset at) =>
        Reaction.Of(Kind, TrailTime.Format(at), new Request(at));

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<Request>(reaction.Payload, EventCodec.Json)
            ?? throw new InvalidOperationException($"Reaction {reaction.Id} has no instant.");
        return triggers.EnsureAsync(request.At, cancellationToken);
    }

    public sealed record Request(DateTimeOffset At);
}
