using Supervision.Engine.Agencies;
using Supervision.Engine.Errors;
using Supervision.Engine.Plans;
using Limits = Supervision.Engine.Access.Limits;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Items;

/// <summary>
/// What makes an action item valid: a ref, a title, at least one registered lead agency, registered cooperating
/// agencies that do not also lead, valid targets. Fields at fault are named under <c>prefix</c> (e.g. <c>items[2].</c>).
/// </summary>
public static class ItemRules
{
    public static async Task<ItemSpec> CheckAsync(IGrainFactory grains, ItemSpec? spec, string prefix = "")
    {
        if (spec is null)
        {
            throw SupervisionException.Invalid("input.required", $"'{prefix.TrimEnd('.')}' must be an action item, not null.", prefix.TrimEnd('.'));
        }

        var lead = (Limits.Bounded(spec.Lead, $"{prefix}lead", Limits.AgenciesPerItem) ?? []).Select((a, i) => Text.Required(a, $"{prefix}lead[{i}]")).ToList();
        var cooperating = (Limits.Bounded(spec.Cooperating, $"{prefix}cooperating", Limits.AgenciesPerItem) ?? []).Select((a, i) => Text.Required(a, $"{prefix}cooperating[{i}]")).ToList();
        if (lead.Count == 0)
        {
            throw SupervisionException.Invalid("item.no_lead", "An action item needs at least one lead agency (牵头单位).", $"{prefix}lead");
        }

        if (lead.Intersect(cooperating).FirstOrDefault() is { } both)
        {
            throw SupervisionException.Invalid("item.lead_and_cooperating", $"Agency '{both}' is listed both as lead and as cooperating.", $"{prefix}cooperating");
        }

        var checkedSpec = new ItemSpec(
            Text.Required(spec.Ref, $"{prefix}ref", 40),
            Text.Required(spec.Title, $"{prefix}title", 500),
            Text.Optional(spec.Text, $"{prefix}text", Text.LongMax),
            spec.Due,
            lead.Distinct().ToList(),
            cooperating.Distinct().ToList(),
            TargetRules.Check(spec.Targets, $"{prefix}targets"),
            Text.Optional(spec.Leader, $"{prefix}leader", 100),
            spec.Score is null or (>= 0 and <= 1000)
                ? spec.Score
                : throw SupervisionException.Invalid("item.score", $"'{prefix}score' must be between 0 and 1000; it is {spec.Score}.", $"{prefix}score"));
        await RequireAgenciesAsync(grains, lead, $"{prefix}lead");
        await RequireAgenciesAsync(grains, cooperating, $"{prefix}cooperating");
        return checkedSpec;
    }

    public static async Task RequireAgenciesAsync(IGrainFactory grains, List<string> agencyIds, string field)
    {
        for (var i = 0; i < agencyIds.Count; i++)
        {
            if (await grains.GetGrain<IAgencyGrain>(agencyIds[i]).GetAsync() is null)
            {
                throw SupervisionException.Invalid("agency.unknown", $"Agency '{agencyIds[i]}' is not registered.", $"{field}[{i}]");
            }
        }
    }
}
