using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Items.Events;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Definition;
using Supervision.Workflows.Items;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Items;

public sealed class ActionItemGrain(IEventStore store, TimeProvider clock, DefinitionCatalog definitions, DueTimes dueTimes)
    : TrailGrain<ItemState>(store, clock), IActionItemGrain
{
    protected override string StreamPrefix => StreamIds.ItemKind;

    private string Id => this.GetPrimaryKeyString();

    public async Task<ItemView> DefineAsync(string planId, ItemSpec spec, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "define action items");
        if (State.HasApplied(correlationId))
        {
            return View();
        }

        if (State.Spec is not null)
        {
            throw SupervisionException.Conflict("item.exists", $"Action item '{Id}' is already defined.");
        }

        await RecordAsync(new ItemDefined(planId, await ItemRules.CheckAsync(GrainFactory, spec)), actor, correlationId);
        return View();
    }

    public async Task<ItemView> EditAsync(ItemSpec spec, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "edit action items");
        RequireExists();
        if (State.HasApplied(correlationId))
        {
            return View();
        }

        Require(ItemTrigger.Edit);
        // The leader and the score are kept unless the edit gives them.
        var kept = spec with { Leader = spec.Leader ?? State.Spec!.Leader, Score = spec.Score ?? State.Spec!.Score };
        await RecordAsync(new ItemEdited(await ItemRules.CheckAsync(GrainFactory, kept)), actor, correlationId);
        return View();
    }

    public async Task<ItemView> DispatchAsync(string? definitionId, Actor actor, string? correlationId, bool major = false)
    {
        RequireCoordinator(actor, "dispatch action items");
        RequireExists();
        if (State.HasApplied(correlationId))
        {
            return View();
        }

        Require(ItemTrigger.Dispatch);
        var definition = Definition(definitionId ?? "standard", null);
        var spec = State.Spec!;
        var assignments = new List<ItemAssignment>();
        foreach (var (agencies, role) in new[] { (spec.Lead, AssignmentRole.Lead), (spec.Cooperating, AssignmentRole.Cooperating) })
        {
            foreach (var agencyId in await ExpandGroupsAsync(agencies))
            {
                if (assignments.All(a => a.AgencyId != agencyId))
                {
                    assignments.Add(new ItemAssignment(AssignmentIds.For(Id, agencyId), agencyId, role));
                }
            }
        }

        // The assignments open as reactions of this event, written with it: a dispatch is never half done.
        await RecordAsync(new ItemDispatched(definition.Id, definition.Version, assignments, major), actor, correlationId);
        return View();
    }

    public async Task<string> ReassignAsync(string fromAssignmentId, string toAgencyId, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "reassign work");
        RequireExists();
        if (State.HasApplied(correlationId) && State.Assignments.FirstOrDefault(a => a.AgencyId == toAgencyId) is { } done)
        {
            return done.AssignmentId;
        }

        Require(ItemTrigger.AddAssignment);
        var from = State.Assignments.FirstOrDefault(a => a.AssignmentId == fromAssignmentId)
            ?? throw SupervisionException.NotFound("assignment on this item", fromAssignmentId);
        if (State.Assignments.Any(a => a.AgencyId == toAgencyId))
        {
            throw SupervisionException.Conflict("item.agency_already_assigned", $"Agency '{toAgencyId}' already has an assignment on item {State.Spec!.Ref}.");
        }

        await ItemRules.RequireAgenciesAsync(GrainFactory, [toAgencyId], "to_agency_id");
        var added = new ItemAssignment(AssignmentIds.For(Id, toAgencyId), toAgencyId, from.Role);
        await RecordAsync(new ItemAssignmentAdded(added, fromAssignmentId), actor, correlationId);
        return added.AssignmentId;
    }

    public async Task SettleAsync(string? correlationId)
    {
        if (State.Status != ItemStatus.Dispatched || State.HasApplied(correlationId))
        {
            return;
        }

        var leads = await AssignmentRows.StatusesAsync(Tables, Id, AssignmentRole.Lead, parentId: null);
        var live = leads.Where(s => s is not (AssignmentStatus.Withdrawn or AssignmentStatus.Reassigned)).ToList();
        var lifecycle = State.Lifecycle(new ItemFacts(
            LeadsCompleted: live.Count > 0 && live.All(s => s == AssignmentStatus.Completed),
            LeadsWithdrawn: leads.Count > 0 && leads.All(s => s == AssignmentStatus.Withdrawn)));
        if (lifecycle.Check(ItemTrigger.Complete).Allowed)
        {
            await RecordAsync(new ItemCompleted(), Actor.System, correlationId);
        }
        else if (lifecycle.Check(ItemTrigger.Withdraw).Allowed)
        {
            await RecordAsync(new ItemWithdrawn(), Actor.System, correlationId);
        }
    }

    public async Task<ItemView?> GetAsync(Actor actor)
    {
        if (State.Spec is null)
        {
            return null;
        }

        var agencies = State.Assignments.Count > 0
            ? State.Assignments.Select(a => a.AgencyId)
            : State.Spec.Lead.Concat(State.Spec.Cooperating);
        return CanRead(actor, agencies) || await HoldsSubAssignmentAsync(actor) ? View() : null;
    }

    // An agency whose part was cascaded to it (at any level) reads the item its sub-assignment belongs to.
    private async Task<bool> HoldsSubAssignmentAsync(Actor actor) =>
        actor.AgencyId is { } own && State.Assignments.Count > 0 && (await Tables.QueryAsync(
            "SELECT 1 FROM assignments WHERE item_id = @item AND agency_id = @own AND parent_id IS NOT NULL",
            new Dictionary<string, object?> { ["item"] = Id, ["own"] = own }, r => 1)).Count > 0;

    protected override IEnumerable<ProjectionWrite> Project(ItemState state) => [ItemRows.Upsert(Id, state)];

    protected override IEnumerable<Reaction> React(ItemState before, ItemState after, RecordedEvent recorded) => recorded.Event switch
    {
        ItemDispatched e => e.Assignments.Select(a => Open(after, a, recorded.Entry.At)),
        ItemAssignmentAdded e => [Open(after, e.Assignment, recorded.Entry.At)],
        _ => [],
    };

    private Reaction Open(ItemState item, ItemAssignment a, DateTimeOffset at)
    {
        var spec = item.Spec!;
        var definition = Definition(item.DefinitionId!, item.DefinitionVersion);
        var opening = new AssignmentOpening(
            Id, item.PlanId!, spec.Ref, spec.Title, a.AgencyId, a.Role, definition.Id, definition.Version,
            dueTimes.Add(at, definition.AcknowledgeWithin, definition.Cutoff), spec.Due,
            spec.Due is { } due ? dueTimes.EndOfDay(due, definition.Cutoff) : null, item.Major);
        return Reaction.Of(OpenAssignmentHandler.Kind, a.AssignmentId, opening);
    }

    private void Require(ItemTrigger trigger)
    {
        var check = State.Lifecycle(ItemFacts.None).Check(trigger);
        if (!check.Allowed)
        {
            throw SupervisionException.Conflict(check.Code!, trigger switch
            {
                ItemTrigger.Edit => $"Action item {State.Spec!.Ref} was dispatched; it can no longer be edited.",
                ItemTrigger.Dispatch => $"Action item {State.Spec!.Ref} was already dispatched.",
                _ => check.Reason!,
            });
        }
    }

    private WorkflowDefinition Definition(string id, int? version)
    {
        try
        {
            return version is { } v ? definitions.Get(id, v) : definitions.Latest(id);
        }
        catch (KeyNotFoundException)
        {
            throw SupervisionException.Invalid("workflow.unknown_definition", $"There is no workflow definition '{id}'{(version is null ? "" : $" version {version}")}.", "definition_id");
        }
    }

    private async Task<List<string>> ExpandGroupsAsync(IEnumerable<string> agencyIds)
    {
        var result = new List<string>();
        foreach (var id in agencyIds)
        {
            var agency = await GrainFactory.GetGrain<IAgencyGrain>(id).GetAsync();
            result.AddRange(agency is { IsGroup: true, Members.Count: > 0 } ? agency.Members : [id]);
        }

        return result;
    }

    private void RequireExists()
    {
        if (State.Spec is null)
        {
            throw SupervisionException.NotFound("action item", Id);
        }
    }

    private ItemView View()
    {
        var s = State.Spec!;
        return new ItemView(
            Id, State.PlanId!, s.Ref, s.Title, s.Text, s.Due, s.Lead, s.Cooperating, s.Targets,
            State.Status, State.DefinitionId, State.DefinitionVersion, State.Assignments, Version, s.Leader, s.Score);
    }
}
