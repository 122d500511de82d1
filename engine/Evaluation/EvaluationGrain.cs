using Supervision.Engine.Errors;
using Supervision.Engine.Evaluation.Events;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Evaluation;

public sealed class EvaluationGrain(IEventStore store, TimeProvider clock, EvaluationScoring scoring, EvaluationScope scope) : TrailGrain<EvaluationState>(store, clock), IEvaluationGrain
{
    protected override string StreamPrefix => StreamIds.EvaluationKind;

    private string Id => this.GetPrimaryKeyString();

    public async Task<EvaluationView> OpenAsync(EvaluationSpec spec, Actor actor, string? correlationId)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (actor.Role != Access.Roles.Agency)
        {
            RequireCoordinator(actor, "set up evaluations");
        }

        var scoped = await ScopeOfAsync(spec.ScopeAgencyId);
        await scope.RequireRunsAsync(actor, scoped, "set up evaluations");
        if (!State.HasApplied(correlationId))
        {
            if (State.Opened is not null)
            {
                throw SupervisionException.Conflict("evaluation.exists", $"Evaluation '{Id}' already exists.");
            }

            var title = Text.Required(spec.Title, "title", 500);
            if (spec.To < spec.From)
            {
                throw SupervisionException.Invalid("evaluation.dates", $"'to' ({spec.To:yyyy-MM-dd}) must not be before 'from' ({spec.From:yyyy-MM-dd}).", "to");
            }

            // A blank or overlong id names no plan; asked of a grain it would throw (a blank primary key) and answer 500.
            if (spec.PlanId is { } plan
                && (string.IsNullOrWhiteSpace(plan) || plan.Length > 200 || plan.Any(char.IsControl) || await GrainFactory.GetGrain<IPlanGrain>(plan).GetAsync(actor) is null))
            {
                var shown = plan.Length > 200 ? plan[..200] + "…" : plan;
                throw SupervisionException.Invalid("evaluation.unknown_plan", $"There is no plan '{shown}'.", "plan_id").With("id", shown);
            }

            var scheme = scoring.Scheme(spec.SchemeId, spec.SchemeVersion);
            await RecordAsync(new EvaluationOpened(title, spec.From, spec.To, spec.PlanId, scheme.Id, scheme.Version, scoped), actor, correlationId);
        }

        return Seen(await ViewAsync(null), await scope.ReachAsync(actor, scoped), actor);
    }

    public async Task<EvaluationView?> GetAsync(Actor actor, DateTimeOffset? asOf = null) =>
        State.Opened is null || await scope.ReachAsync(actor, State.Opened.ScopeAgencyId) is not (var reach and not EvaluationReach.None)
            ? null
            : Seen(await ViewAsync(asOf), reach, actor);

    public async Task<EvaluationView> FreezeAsync(DateTimeOffset? asOf, Actor actor, string? correlationId)
    {
        // A scoped evaluation of another agency's subtree is not there for its reader, as when read.
        var reach = State.Opened is null ? EvaluationReach.None : await scope.ReachAsync(actor, State.Opened.ScopeAgencyId);
        if (reach != EvaluationReach.Runs)
        {
            RequireCoordinator(actor, "freeze evaluations");
        }

        if (State.Opened is null)
        {
            throw SupervisionException.NotFound("evaluation", Id);
        }

        if (!State.HasApplied(correlationId))
        {
            if (State.Frozen is not null)
            {
                throw SupervisionException.Conflict("evaluation.frozen", $"Evaluation {Id} was frozen already, as of {State.Frozen.AsOf:yyyy-MM-dd HH:mm} UTC.");
            }

            var now = Clock.GetUtcNow();
            if (asOf > now)
            {
                throw SupervisionException.Invalid("evaluation.as_of_future", "'as_of' must not be in the future: a result is frozen on what is known.", "as_of");
            }

            var sheet = await scoring.ScoreAsync(Spec(), asOf ?? now);
            await RecordAsync([.. sheet.Agencies.Select(a => new AgencyScoreFrozen(a)), new EvaluationFrozen(sheet.AsOf, sheet.Position, sheet.Commended, sheet.Circulated, sheet.Practices)],
                actor, correlationId);
        }

        return Seen(await ViewAsync(null), reach, actor);
    }

    protected override IEnumerable<ProjectionWrite> Project(EvaluationState state) => [EvaluationRows.Upsert(Id, state)];

    private EvaluationSpec Spec()
    {
        var o = State.Opened!;
        return new EvaluationSpec(o.Title, o.From, o.To, o.PlanId, o.SchemeId, o.SchemeVersion, o.ScopeAgencyId);
    }

    private async Task<EvaluationView> ViewAsync(DateTimeOffset? asOf)
    {
        var o = State.Opened!;
        var now = Clock.GetUtcNow();
        var sheet = State.Frozen ?? await scoring.ScoreAsync(Spec(), asOf is { } a && a < now ? a : now);
        return new EvaluationView(Id, o.Title, o.From, o.To, o.PlanId, o.SchemeId, o.SchemeVersion, State.Frozen is not null, State.FrozenAt, sheet, Version, o.ScopeAgencyId);
    }

    // A blank or overlong id names no agency; asked of the tables it would find none anyway, but the refusal names it shortened.
    private async Task<string?> ScopeOfAsync(string? agencyId)
    {
        if (agencyId is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(agencyId) || agencyId.Length > 200 || agencyId.Any(char.IsControl) || await scope.ChainAsync(agencyId) is null)
        {
            var shown = agencyId.Length > 200 ? agencyId[..200] + "…" : agencyId;
            throw SupervisionException.Invalid("evaluation.unknown_scope", $"There is no agency '{shown}' to scope the evaluation to.", "scope_agency_id").With("id", shown);
        }

        return agencyId;
    }

    // An agency user sees its own score, and its own entries of the lists and practices, unless it runs the (scoped) evaluation.
    private static EvaluationView Seen(EvaluationView view, EvaluationReach reach, Actor actor)
    {
        if (reach is EvaluationReach.All or EvaluationReach.Runs)
        {
            return view;
        }

        var own = actor.AgencyId ?? "";
        var s = view.Sheet;
        return view with
        {
            Sheet = s with
            {
                Agencies = [.. s.Agencies.Where(a => a.AgencyId == own)],
                Commended = [.. s.Commended.Where(a => a.AgencyId == own)],
                Circulated = [.. s.Circulated.Where(a => a.AgencyId == own)],
                Practices = [.. s.Practices.Where(a => a.AgencyId == own)],
            },
        };
    }
}
