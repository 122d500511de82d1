using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Cascade;
using Supervision.Engine.Cascade.Events;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Targets;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>Cascade (分解交办): the holder decomposes its assignment for agencies below it; children and parent hear of each other's closing.</summary>
public sealed partial class AssignmentGrain : IAssignmentCascade
{
    public async Task<IReadOnlyList<CascadedChild>> CascadeAsync(IReadOnlyList<CascadeChildInput?> children, Actor actor, string? correlationId)
    {
        var o = Opening;
        if (!(actor.Role == Access.Roles.Coordinator || (actor.Role == Access.Roles.Agency && actor.AgencyId == o.AgencyId)))
        {
            throw SupervisionException.Forbidden("Only a user of the agency holding this assignment, or a coordinator, may cascade it.");
        }

        if (State.HasApplied(correlationId))
        {
            return State.Slice<CascadeSlice>().Children;
        }

        if (!AssignmentCycle.IsOpen(State.Status))
        {
            throw SupervisionException.Conflict("cascade.closed", $"Assignment {Id} is closed ({State.Status}); only an open assignment can be cascaded.").With("status", State.Status);
        }

        var existing = State.Slice<CascadeSlice>().Children;
        var parent = new CascadeChecks.Parent(Id, o, CascadePart.Link(State), existing,
            (ServiceProvider.GetService<CascadeOptions>() ?? new()).MaxDepth, WindowStart(o), await ShareLimitsAsync(o));
        var checkedChildren = await CascadeChecks.CheckAsync(Tables, parent, children);
        var (definition, now) = (Definition(), Clock.GetUtcNow());
        var asked = checkedChildren.Select(c => existing.FirstOrDefault(e => e.AgencyId == c.AgencyId) ?? new CascadedChild(
            CascadePart.ChildId(o.ItemId, c.AgencyId), c.AgencyId, c.Role, c.Due, dueTimes.EndOfDay(c.Due, definition.Cutoff),
            dueTimes.Add(now, definition.AcknowledgeWithin, definition.Cutoff), c.Shares, c.Instructions, c.Name)).ToList();
        var opened = asked.Where(c => !existing.Contains(c)).ToList();
        if (opened.Count > 0)
        {
            await RecordAsync(new AssignmentCascaded(opened), actor, correlationId);
        }

        return asked;
    }

    public async Task OpenChildAsync(AssignmentOpening opening, CascadeLink link, Actor actor, string? correlationId)
    {
        if (State.Opening is null)
        {
            await RecordAsync([new AssignmentOpened(opening), new CascadeLinked(link)], actor, correlationId);
        }
    }

    public async Task ChildSettledAsync(ChildSettled settled, string? correlationId)
    {
        if (State.Opening is not null && !State.HasApplied(correlationId) && !State.Slice<CascadeSlice>().Settled.Contains(settled.ChildId))
        {
            await RecordAsync(settled, Actor.System, correlationId);
        }
    }

    public async Task HandOverChildAsync(string fromAssignmentId, string toAgencyId, Actor actor, string? correlationId)
    {
        var slice = State.Slice<CascadeSlice>();
        var id = CascadePart.ChildId(Opening.ItemId, toAgencyId);
        if (State.HasApplied(correlationId) || !AssignmentCycle.IsOpen(State.Status) || slice.Children.Any(c => c.AssignmentId == id)
            || slice.Children.FirstOrDefault(c => c.AssignmentId == fromAssignmentId) is not { } disputed)
        {
            return;
        }

        var (name, _) = await CascadeChecks.AncestorsAsync(Tables, toAgencyId);
        var acknowledgeBy = dueTimes.Add(Clock.GetUtcNow(), Definition().AcknowledgeWithin, Definition().Cutoff);
        await RecordAsync(new AssignmentCascaded([disputed with { AssignmentId = id, AgencyId = toAgencyId, AgencyName = name, AcknowledgeBy = acknowledgeBy }]), actor, correlationId);
    }

    public async Task ParentClosedAsync(ParentClosed closed, string? correlationId)
    {
        if (State.Opening is not null && AssignmentCycle.IsOpen(State.Status) && !State.HasApplied(correlationId))
        {
            await RecordAsync([closed, new AssignmentWithdrawn(null)], Actor.System, correlationId);
        }
    }

    // The children's window opens the day the parent opened (or, for a parent already past due, on its due date).
    private DateOnly WindowStart(AssignmentOpening o)
    {
        var opened = dueTimes.LocalDate(State.Slice<CascadeSlice>().OpenedAt);
        return o.Due is { } due && due < opened ? due : opened;
    }

    // What children may be given shares of: below the first level, the parent's own shares; at it, the item's and the
    // plan's targets (the target's value bounds them, when it has one).
    private async Task<IReadOnlyDictionary<string, decimal?>> ShareLimitsAsync(AssignmentOpening o)
    {
        if (CascadePart.Link(State) is { } link)
        {
            return link.Shares.GroupBy(s => s.Indicator).ToDictionary(g => g.Key, g => (decimal?)g.Sum(s => s.Value));
        }

        var item = await GrainFactory.GetGrain<IActionItemGrain>(o.ItemId).GetAsync(Actor.System);
        var plan = await GrainFactory.GetGrain<IPlanGrain>(o.PlanId).GetAsync(Actor.System);
        var limits = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var target in (item?.Targets ?? []).Concat(plan?.Targets ?? []))
        {
            limits.TryAdd(IndicatorNames.Of(target), target.Value);
        }

        return limits;
    }
}
