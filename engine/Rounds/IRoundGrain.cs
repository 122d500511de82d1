using Supervision.Engine.Trail;

namespace Supervision.Engine.Rounds;

/// <summary>The dispatch rounds (定期调度) of one plan, keyed by the plan id.</summary>
public interface IRoundGrain : IGrainWithStringKey
{
    /// <summary>Opens the next round: a report period named <paramref name="period"/> from <paramref name="start"/> to <paramref name="end"/>, due at the end of <paramref name="due"/>, on every open assignment of the plan.</summary>
    Task<Round> OpenAsync(string period, DateOnly start, DateOnly end, DateOnly due, Actor actor, string? correlationId);

    /// <summary>The plan's rounds, oldest first (empty for a plan without any).</summary>
    Task<IReadOnlyList<Round>> ListAsync();
}
