using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Evaluation;

/// <summary>
/// An evaluation scoped to an agency's subtree (a prefecture evaluates its counties): who may set it up and read it, and
/// what it counts. Read from the agencies' and assignments' tables (projected with the events, so as current as the streams).
/// </summary>
public sealed class EvaluationScope(ITables tables)
{
    /// <summary>The agency and those above it, nearest first; null when no such agency is registered.</summary>
    public Task<IReadOnlyList<string>?> ChainAsync(string agencyId, CancellationToken cancellationToken = default) =>
        Agencies.AgencyAncestry.ChainAsync(tables, agencyId, cancellationToken);

    /// <summary>
    /// How much of an evaluation scoped to <paramref name="scope"/> (null: the office's own) the reader sees: the office,
    /// inspectors and the scope agency or one above it see every score; an agency inside the subtree (or any, unscoped) its own.
    /// </summary>
    public async Task<EvaluationReach> ReachAsync(Actor actor, string? scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (SeesEverything(actor))
        {
            return EvaluationReach.All;
        }

        if (scope is null)
        {
            return EvaluationReach.Own;
        }

        var own = actor.AgencyId ?? "";
        if ((await ChainAsync(scope, cancellationToken))?.Contains(own, StringComparer.Ordinal) == true)
        {
            return actor.Role == Access.Roles.Agency ? EvaluationReach.Runs : EvaluationReach.Own;
        }

        return (await ChainAsync(own, cancellationToken))?.Contains(scope, StringComparer.Ordinal) == true ? EvaluationReach.Own : EvaluationReach.None;
    }

    /// <summary>Refuses to set up (or freeze) an evaluation the actor does not run: unscoped is the coordinator's; scoped, also the scope agency's or one above it.</summary>
    public async Task RequireRunsAsync(Actor actor, string? scope, string doing)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role == Access.Roles.Coordinator)
        {
            return;
        }

        if (actor.Role != Access.Roles.Agency)
        {
            RequireCoordinator(actor, doing);
        }

        if (scope is null)
        {
            throw new SupervisionException(FailureKind.Forbidden, "evaluation.scope_required",
                $"An agency user may {doing} only for its own agency's subtree: name 'scope_agency_id'.", "scope_agency_id");
        }

        if (await ReachAsync(actor, scope) != EvaluationReach.Runs)
        {
            throw new SupervisionException(FailureKind.Forbidden, "evaluation.scope_outside",
                $"Agency '{scope}' is not agency '{actor.AgencyId}' or below it: it may not {doing} for it.", "scope_agency_id")
                .With("agency", (await tables.QueryAsync("SELECT name FROM agencies WHERE id = @id", new Dictionary<string, object?> { ["id"] = scope }, r => r.GetString(0))).FirstOrDefault());
        }
    }

    /// <summary>What a scoped evaluation counts: the agencies strictly below the scope, and the sub-assignments under the scope agency's own.</summary>
    public async Task<ScopeFilter> FilterAsync(string scope, CancellationToken cancellationToken = default)
    {
        var below = await tables.QueryAsync(
            """
            WITH RECURSIVE below (id, level) AS (
                SELECT id, 1 FROM agencies WHERE parent_id = @root
                UNION ALL
                SELECT a.id, b.level + 1 FROM agencies a JOIN below b ON a.parent_id = b.id WHERE b.level < @depth)
            SELECT id FROM below
            """,
            new Dictionary<string, object?> { ["root"] = scope, ["depth"] = Agencies.AgencyAncestry.MaxDepth }, r => r.GetString(0), cancellationToken);
        var assignments = await tables.QueryAsync($"SELECT a.id FROM assignments a WHERE {Cascade.CascadeRows.Above("a", "@scope")}",
            new Dictionary<string, object?> { ["scope"] = scope }, r => r.GetString(0), cancellationToken);
        return new ScopeFilter(below.ToHashSet(StringComparer.Ordinal), assignments.ToHashSet(StringComparer.Ordinal));
    }
}
