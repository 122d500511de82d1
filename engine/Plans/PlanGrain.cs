using PlanPeriod = Supervision.Engine.Targets.PlanPeriod;
using System.Globalization;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Plans.Events;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;
using Limits = Supervision.Engine.Access.Limits;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Plans;

public sealed class PlanGrain(IEventStore store, TimeProvider clock) : TrailGrain<PlanState>(store, clock), IPlanGrain
{
    protected override string StreamPrefix => StreamIds.PlanKind;

    public async Task<PlanView> CreateAsync(PlanSpec spec, IReadOnlyList<ItemSpec> items, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "create plans");
        if (State.HasApplied(correlationId))
        {
            return View();
        }

        if (State.Exists)
        {
            throw SupervisionException.Conflict("plan.exists", $"Plan '{this.GetPrimaryKeyString()}' already exists.");
        }

        Limits.Bounded(items, "items", Limits.ItemsPerPlan);
        var targets = TargetRules.Check(spec.Targets, "targets");
        var created = new PlanCreated(Text.Required(spec.Title, "title", 500), Text.Optional(spec.Issuer, "issuer"), spec.Issued, targets);
        var added = new List<IDomainEvent> { created };
        for (var i = 0; i < items.Count; i++)
        {
            var item = await ItemRules.CheckAsync(GrainFactory, items[i], $"items[{i}].");
            added.Add(new PlanItemAdded(ItemId(i + 1), item.Ref, item));
        }

        // One append: the plan and its item list are recorded together, and the items are defined as its reactions.
        await RecordAsync(added, actor, correlationId);
        return View();
    }

    public async Task<string> AddItemAsync(ItemSpec spec, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "add action items");
        RequireExists();
        if (correlationId is not null && State.ItemByCommand.TryGetValue(correlationId, out var earlier))
        {
            return earlier;
        }

        Limits.Bounded(State.ItemIds.Append(""), "items", Limits.ItemsPerPlan);
        var item = await ItemRules.CheckAsync(GrainFactory, spec);
        var itemId = ItemId(State.ItemIds.Count + 1);
        await RecordAsync(new PlanItemAdded(itemId, item.Ref, item), actor, correlationId);
        return itemId;
    }

    public async Task<PlanView> SetTargetsAsync(IReadOnlyList<Target> targets, PlanPeriod? period, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "set a plan's targets");
        RequireExists();
        var checkedTargets = TargetRules.Check(targets, "targets");
        if (period is not null && (period.End < period.Start || period.End.DayNumber - period.Start.DayNumber > 3660 || period.Start.Year < 1950 || period.End.Year > 2200))
        {
            throw SupervisionException.Invalid("target.period", $"'period_end' must be on or after 'period_start' and at most ten years later, between 1950 and 2200 ({period.Start:yyyy-MM-dd} – {period.End:yyyy-MM-dd}).", "period_end");
        }

        if (!State.HasApplied(correlationId))
        {
            await RecordAsync(new PlanTargetsSet(checkedTargets, period), actor, correlationId);
        }

        return View();
    }

    public async Task<PlanView?> GetAsync(Actor actor)
    {
        if (!State.Exists)
        {
            return null;
        }

        if (!SeesEverything(actor))
        {
            // An agency user sees a plan only through the items assigned to it.
            var items = await Task.WhenAll(State.ItemIds.Select(id => GrainFactory.GetGrain<IActionItemGrain>(id).GetAsync(actor)));
            if (items.All(i => i is null))
            {
                return null;
            }

            return View() with { ItemIds = [.. items.Where(i => i is not null).Select(i => i!.Id)] };
        }

        return View();
    }

    protected override IEnumerable<ProjectionWrite> Project(PlanState state) => [PlanRows.Upsert(this.GetPrimaryKeyString(), state)];

    protected override IEnumerable<Reaction> React(PlanState before, PlanState after, RecordedEvent recorded) =>
        recorded.Event is PlanItemAdded { Spec: { } spec } added
            ? [Reaction.Of(DefineItemHandler.Kind, added.ItemId, new DefineItemHandler.Request(this.GetPrimaryKeyString(), spec))]
            : [];

    private string ItemId(int number) => string.Create(CultureInfo.InvariantCulture, $"{this.GetPrimaryKeyString()}.{number}");

    private void RequireExists()
    {
        if (!State.Exists)
        {
            throw SupervisionException.NotFound("plan", this.GetPrimaryKeyString());
        }
    }

    private PlanView View() => new(
        this.GetPrimaryKeyString(), State.Title, State.Issuer, State.Issued, State.Targets, State.ItemIds, State.CreatedAt, Version, State.Period);
}
