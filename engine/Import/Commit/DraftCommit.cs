using Supervision.Engine.Agencies;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Import.Commit;

/// <summary>
/// Creates the plan a draft describes, undispatched: registers the agencies it names that are not registered yet,
/// then the plan and every item. Every command carries a correlation id derived from <c>correlation</c>, so a
/// commit retried after a failure half-way creates nothing twice.
/// </summary>
public sealed class DraftCommit(IGrainFactory grains, ITables tables)
{
    public async Task<PlanView> RunAsync(PlanDraft draft, AgencyRegistry registry, string planId, string correlation, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(registry);
        RequireCoordinator(actor, "commit an imported plan");
        CommitChecks.Require(draft);

        var agencies = new AgencyRegistration(grains, registry, new AgencyDirectory(await RegisteredAgencies.ListAsync(tables)), actor, correlation);
        var items = new List<ItemSpec>();
        foreach (var item in draft.Items)
        {
            var lead = await agencies.IdsAsync(item.Lead);
            // An agency both leading and cooperating is simply leading; the item grain refuses the pair.
            var cooperating = (await agencies.IdsAsync(item.Cooperating)).Except(lead).ToList();
            items.Add(new ItemSpec(item.Ref, item.Title, item.Text, item.Deadline?.Due, lead, cooperating, CommitChecks.Targets(item.Targets), item.Leader, item.Score));
        }

        var plan = grains.GetGrain<IPlanGrain>(planId);
        await plan.CreateAsync(new PlanSpec(draft.Title, draft.Issuer, draft.Issued, CommitChecks.Targets(draft.Targets)), items, actor, $"{correlation}:plan");

        return (await plan.GetAsync(actor))!;
    }

    private sealed class AgencyRegistration(IGrainFactory grains, AgencyRegistry registry, AgencyDirectory directory, Actor actor, string correlation)
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        public async Task<List<string>> IdsAsync(IEnumerable<AgencyMention> mentions)
        {
            var ids = new List<string>();
            foreach (var mention in mentions)
            {
                ids.Add(await IdAsync(mention.Canonical!, []));
            }

            return [.. ids.Distinct(StringComparer.Ordinal)];
        }

        private async Task<string> IdAsync(string canonical, HashSet<string> enclosing)
        {
            if (_ids.TryGetValue(canonical, out var known))
            {
                return known;
            }

            var agency = registry.Find(canonical)
                ?? throw new InvalidOperationException($"\"{canonical}\" resolved but is not in the registry.");
            var id = directory.IdOf(agency) ?? AgencyDirectory.IdFor(agency.Name);
            var members = new List<string>();
            if (agency.IsGroup && enclosing.Add(canonical))
            {
                // A group stands for its members: they are registered first, and the group names them by id.
                foreach (var member in agency.Members.Where(m => registry.Find(m) is not null && !enclosing.Contains(m)))
                {
                    members.Add(await IdAsync(member, enclosing));
                }
            }

            var grain = grains.GetGrain<IAgencyGrain>(id);
            if (await grain.GetAsync() is not { } registered)
            {
                var profile = new AgencyProfile(agency.Name, Kind(agency.Kind), agency.Aliases, agency.IsGroup, members);
                await grain.RegisterAsync(profile, actor, $"import-agency:{id}");
            }
            else if (Learned(agency, registered.Aliases) is { Count: > 0 } learned)
            {
                // An alias the coordinator added in the preview (a short name read wrongly, or not at all) is kept
                // by the registered agency, so the next document resolves it without a guess.
                await grain.SetAliasesAsync([.. registered.Aliases, .. learned], actor, $"{correlation}:alias:{id}");
            }

            _ids[canonical] = id;
            return id;
        }

        // The built-in registry's own aliases are known anyway; only the draft's new ones are worth recording.
        private static List<string> Learned(Agency agency, IReadOnlyList<string> registered)
        {
            var known = registered.Concat(AgencyRegistry.Default.Find(agency.Name)?.Aliases ?? []).Select(AgencyRegistry.Key).ToHashSet(StringComparer.Ordinal);
            return [.. agency.Aliases.Where(a => !known.Contains(AgencyRegistry.Key(a))).Distinct(StringComparer.Ordinal)];
        }

        private static string Kind(AgencyKind kind) => kind switch
        {
            AgencyKind.PeopleOrganisation => "people_organisation",
            AgencyKind.LocalGovernment => "local_government",
            _ => kind.ToString().ToLowerInvariant(),
        };
    }
}
