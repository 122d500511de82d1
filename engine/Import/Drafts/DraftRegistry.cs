using Supervision.Engine.Import.Commit;

namespace Supervision.Engine.Import.Drafts;

/// <summary>The registry a draft resolves against: the built-in one, what is registered in the system, and the draft's own additions.</summary>
public static class DraftRegistry
{
    /// <summary>
    /// Registered agencies the built-in registry does not know join it (so an agency committed once resolves in
    /// the next document); the coordinator's additions come last and replace agencies of the same name.
    /// </summary>
    /// <remarks>
    /// Aliases the office taught the registry are knowledge, like the built-in ones, and beat any guess by the issuer's
    /// level (<see cref="LocalNames"/>): those of a built-in agency are kept on it, and a learned alias that a built-in
    /// agency also claims (a city's 发改委) means the office's agency, not the shipped default's.
    /// </remarks>
    public static AgencyRegistry Build(IReadOnlyList<RegisteredAgency> registered, IEnumerable<Agency> added)
    {
        var builtIn = AgencyRegistry.Default;
        var names = registered.ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var learned = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var known = new List<Agency>();
        foreach (var r in registered)
        {
            if (builtIn.Find(r.Name) is { } shipped)
            {
                learned[shipped.Name] = [.. r.Aliases];
            }
            else if (builtIn.Resolve(r.Name).Status == ResolutionStatus.Unresolved)
            {
                known.Add(new Agency(
                    r.Name,
                    r.Aliases,
                    r.IsGroup ? AgencyKind.Group : AgencyKind.Department,
                    [.. r.Members.Select(m => names.GetValueOrDefault(m)).OfType<string>()]));
            }
        }

        var taught = known.SelectMany(a => a.Aliases).Concat(learned.Values.SelectMany(a => a)).Select(AgencyRegistry.Key).ToHashSet(StringComparer.Ordinal);
        var shippedAgencies = builtIn.Agencies.Select(a => a with
        {
            Aliases = [.. a.Aliases.Where(alias => !taught.Contains(AgencyRegistry.Key(alias))), .. learned.GetValueOrDefault(a.Name) ?? []],
        });
        return new AgencyRegistry(shippedAgencies.Concat(known).Concat(added));
    }

    /// <summary>
    /// Resolves again every mention that did not resolve, after the registry grew. Resolved mentions are kept as
    /// they are: adding an alias must never change what the coordinator already checked — except a name read by
    /// guess (warning <c>agency.guessed</c>), which an alias of its printed name corrects.
    /// </summary>
    public static PlanDraft Refresh(PlanDraft draft, AgencyRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(registry);
        var warnings = draft.Warnings.ToList();
        var items = new List<DraftItem>();
        foreach (var item in draft.Items)
        {
            // A guess's warning quotes the printed name first; once that name resolves by itself the guess is corrected.
            var corrected = warnings.Where(w => w.ItemRef == item.Ref && w.Code == LocalNames.Guessed)
                .Select(w => w.Message.Split('"')[1])
                .Where(printed => registry.Resolve(printed).Status == ResolutionStatus.Resolved)
                .ToHashSet(StringComparer.Ordinal);
            if (item.Lead.Concat(item.Cooperating).All(m => m.Status == ResolutionStatus.Resolved && !corrected.Contains(m.Printed)))
            {
                items.Add(item);
                continue;
            }

            var updated = item with { Lead = [.. item.Lead.Select(Again)], Cooperating = [.. item.Cooperating.Select(Again)] };
            warnings.RemoveAll(w => w.ItemRef == item.Ref && w.Code.StartsWith("agency.", StringComparison.Ordinal)
                && (w.Code != LocalNames.Guessed || corrected.Contains(w.Message.Split('"')[1])));
            warnings.AddRange(updated.Lead.Concat(updated.Cooperating).Select(m => DraftEdits.WarningFor(m, item.Line, item.Ref)).OfType<DraftWarning>());
            items.Add(updated);

            AgencyMention Again(AgencyMention m) =>
                m.Status == ResolutionStatus.Resolved && !corrected.Contains(m.Printed) ? m : registry.Mention(new ListedName(m.Printed, m.Printed, m.Note));
        }

        return draft with { Items = items, Agencies = DraftEdits.AgenciesOf(items, registry), Warnings = [.. warnings.OrderBy(w => w.Line)] };
    }
}
