using System.Text.Json;
using Supervision.Engine.Agencies;
using Supervision.Engine.Errors;
using Supervision.Engine.Import.Drafts;
using Supervision.Engine.Items;
using Supervision.Engine.Items.Events;
using Supervision.Engine.Plans;
using Supervision.Engine.Plans.Events;
using Supervision.Engine.Simulation;
using Supervision.Engine.Trail;

namespace Supervision.Host.Simulation;

/// <summary>
/// Puts the plan to simulate into the simulation's own store: a document is imported as the <c>import</c> verb does and
/// its draft committed with the agencies it names; a plan id is copied from the installation's store, its items and
/// the agencies they name, read from the trail (never changed there).
/// </summary>
public static class SimulationPlan
{
    /// <summary>The plan id in the simulation's store.</summary>
    public static async Task<string> FromDocumentAsync(SimulationSilo silo, string path, CancellationToken cancellationToken)
    {
        var drafts = new ImportDrafts(silo.Tables, silo.Grains, silo.Clock);
        await using var file = File.OpenRead(path);
        var draft = await drafts.CreateAsync(OfficeAndAgencies.Office, file, Path.GetFileName(path), cancellationToken);
        var plan = await drafts.CommitAsync(OfficeAndAgencies.Office, draft.Id, null, cancellationToken: cancellationToken);
        return plan.Id;
    }

    /// <summary>Copies plan <paramref name="planId"/> from <paramref name="installation"/>; null when it has no such plan.</summary>
    public static async Task<string?> FromInstallationAsync(SimulationSilo silo, IEventStore installation, string planId, CancellationToken cancellationToken)
    {
        var events = (await installation.ReadStreamAsync(StreamIds.Plan(planId), cancellationToken: cancellationToken)).Select(EventCodec.Decode).ToList();
        if (events.FirstOrDefault()?.Event is not PlanCreated created)
        {
            return null;
        }

        var items = new List<ItemSpec>();
        foreach (var added in events.Select(e => e.Event).OfType<PlanItemAdded>())
        {
            items.Add(added.Spec ?? await DefinedSpecAsync(installation, added.ItemId, cancellationToken)
                ?? throw SupervisionException.NotFound("action item", added.ItemId));
        }

        await CopyAgenciesAsync(silo, (ITables)installation, items.SelectMany(i => i.Lead.Concat(i.Cooperating)), cancellationToken);
        await silo.Grains.GetGrain<IPlanGrain>(planId).CreateAsync(
            new PlanSpec(created.Title, created.Issuer, created.Issued, created.Targets), items, OfficeAndAgencies.Office, "sim:plan");
        return planId;
    }

    private static async Task<ItemSpec?> DefinedSpecAsync(IEventStore installation, string itemId, CancellationToken cancellationToken) =>
        (await installation.ReadStreamAsync(StreamIds.Item(itemId), cancellationToken: cancellationToken))
            .Select(EventCodec.Decode).Select(e => e.Event).OfType<ItemDefined>().LastOrDefault()?.Spec;

    // The agencies the items name and, for groups, their members: members first, so a group names registered agencies.
    private static async Task CopyAgenciesAsync(SimulationSilo silo, ITables installation, IEnumerable<string> named, CancellationToken cancellationToken)
    {
        var rows = await SimulationQueries.AgencyProfilesAsync(installation, cancellationToken);
        var wanted = new HashSet<string>(named, StringComparer.Ordinal);
        foreach (var group in wanted.Where(id => rows.TryGetValue(id, out var p) && p.IsGroup).ToList())
        {
            wanted.UnionWith(rows[group].Members);
        }

        foreach (var id in wanted.Where(rows.ContainsKey).OrderBy(id => rows[id].IsGroup).ThenBy(id => id, StringComparer.Ordinal))
        {
            await silo.Grains.GetGrain<IAgencyGrain>(id).RegisterAsync(rows[id], OfficeAndAgencies.Office, $"sim:agency:{id}");
        }
    }
}
