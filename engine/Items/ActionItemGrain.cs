using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Items.Events;
using Supervision.Engine.Plans;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Definitions;
using static Supervision.Engine.Access.Access;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Items;

public sealed class ActionItemGrain(IEventStore store, TimeProvider clock, DefinitionCatalog definitions)
    : TrailGrain<ItemState>(store, clock), IActionItemGrain
{
    protected override string StreamPrefix => "item";

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

        if (State.Status != ItemStatus.Draft)
        {
            throw SupervisionException.Conflict("item.already_dispatched", $"Action item {State.Spec!.Ref} was dispatched; it can no longer be edited.");
        }

        await RecordAsync(new ItemEdited(await ItemRules.CheckAsync(GrainFactory, spec)), actor, correlationId);
        return View();
    }

    public async Task<ItemView> DispatchAsync(string? definitionId, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "dispatch action items");
        RequireExists();
        if (State.HasApplied(correlationId))
        {
            return View();
        }

        if (State.Status != ItemStatus.Draft)
        {
            throw SupervisionException.Conflict("item.already_dispatched", $"Action item {State.Spec!.Ref} was already dispatched.");
        }

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

        // Assignments open first (idempotently); a crash before the item's event leaves a dispatch that a retry completes.
        foreach (var a in assignments)
        {
            await OpenAsync(a, definition, actor, correlationId);
        }

        await RecordAsync(new ItemDispatched(definition.Id, definition.Version, assignments), actor, correlationId);
        return View();
    }

    public async Task<string> ReassignAsync(string fromAssignmentId, string toAgencyId, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "reassign work");
        if (State.HasApplied(correlationId) && State.Assignments.FirstOrDefault(a => a.AgencyId == toAgencyId) is { } done)
        {
            // The dispute's own event failed after this step succeeded; the retry finds the work already handed over.
            return done.AssignmentId;
        }

        var from = State.Assignments.FirstOrDefault(a => a.AssignmentId == fromAssignmentId)
            ?? throw SupervisionException.NotFound("assignment on this item", fromAssignmentId);
        if (State.Assignments.Any(a => a.AgencyId == toAgencyId))
        {
            throw SupervisionException.Conflict("item.agency_already_assigned", $"Agency '{toAgencyId}' already has an assignment on item {State.Spec!.Ref}.");
        }

        await ItemRules.RequireAgenciesAsync(GrainFactory, [toAgencyId], "to_agency_id");
        var added = new ItemAssignment(AssignmentIds.For(Id, toAgencyId), toAgencyId, from.Role);
        await OpenAsync(added, Definition(State.DefinitionId!, State.DefinitionVersion), actor, correlationId);
        await RecordAsync(new ItemAssignmentAdded(added, fromAssignmentId), actor, correlationId);
        return added.AssignmentId;
    }

    public async Task AssignmentChangedAsync(string assignmentId)
    {
        if (State.Status != ItemStatus.Dispatched)
        {
            return;
        }

        var leads = await AssignmentRows.StatusesAsync(Store, Id, AssignmentRole.Lead);
        var live = leads.Where(s => s is not (AssignmentStatus.Withdrawn or AssignmentStatus.Reassigned)).ToList();
        if (live.Count > 0 && live.All(s => s == AssignmentStatus.Completed))
        {
            await RecordAsync(new ItemCompleted(), Actor.System, $"complete:{Id}");
        }
    }

    public Task<ItemView?> GetAsync(Actor actor)
    {
        if (State.Spec is null)
        {
            return Task.FromResult<ItemView?>(null);
        }

        var agencies = State.Assignments.Count > 0
            ? State.Assignments.Select(a => a.AgencyId)
            : State.Spec.Lead.Concat(State.Spec.Cooperating);
        return Task.FromResult(CanRead(actor, agencies) ? View() : null);
    }

    protected override IEnumerable<ProjectionWrite> Project(ItemState state) => [ItemRows.Upsert(Id, state)];

    private async Task OpenAsync(ItemAssignment a, WorkflowDefinition definition, Actor actor, string? correlationId)
    {
        var spec = State.Spec!;
        var now = Clock.GetUtcNow();
        var opening = new AssignmentOpening(
            Id, State.PlanId!, spec.Ref, spec.Title, a.AgencyId, a.Role, definition.Id, definition.Version,
            DueDates.Add(now, definition.AcknowledgeWithin), spec.Due);
        await GrainFactory.GetGrain<IAssignmentGrain>(a.AssignmentId).OpenAsync(opening, actor, correlationId);
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
            State.Status, State.DefinitionId, State.DefinitionVersion, State.Assignments, Version);
    }
}
