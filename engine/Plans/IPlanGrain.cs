using PlanPeriod = Supervision.Engine.Targets.PlanPeriod;
using Supervision.Engine.Items;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Plans;

/// <summary>One programme (实施方案): its header, targets and action items. Keyed by the plan id.</summary>
public interface IPlanGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the plan with its items, all or nothing: every item is checked before anything is recorded.
    /// The same command retried completes what a crash interrupted and creates nothing twice.
    /// </summary>
    Task<PlanView> CreateAsync(PlanSpec spec, IReadOnlyList<ItemSpec> items, Actor actor, string? correlationId);

    /// <summary>Adds an undispatched action item; returns the item's id.</summary>
    Task<string> AddItemAsync(ItemSpec spec, Actor actor, string? correlationId);

    /// <summary>Restates the plan's targets and the span they are for (序时进度 counts over it); null keeps the issue date's year.</summary>
    Task<PlanView> SetTargetsAsync(IReadOnlyList<Target> targets, PlanPeriod? period, Actor actor, string? correlationId);

    /// <summary>The plan as <paramref name="actor"/> may see it, or null when it does not exist.</summary>
    Task<PlanView?> GetAsync(Actor actor);
}
