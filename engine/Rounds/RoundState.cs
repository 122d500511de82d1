using Supervision.Engine.Rounds.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Rounds;

/// <summary>A plan's dispatch rounds, rebuilt from its <c>rounds-{plan}</c> stream.</summary>
[GenerateSerializer]
public sealed class RoundState : TrailState
{
    [Id(0)] public List<Round> Rounds { get; set; } = [];

    protected override void When(TrailEntry entry)
    {
        if (entry.Event is RoundOpened e)
        {
            Rounds.Add(new Round(e.Number, e.Period, e.AssignmentIds, entry.At, entry.Actor.UserId));
        }
    }
}
