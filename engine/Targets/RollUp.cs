using Supervision.Engine.Plans;

namespace Supervision.Engine.Targets;

/// <summary>
/// Rolls reported indicator values up into a plan's targets at the snapshot's instant. Each agency counts with its latest
/// value of the indicator (values are cumulative for the period); a plan target takes every assignment of the plan, an
/// item target its item's assignments only.
/// </summary>
public static class RollUp
{
    /// <param name="zone">The office's zone: the plan's period starts and ends at midnight there.</param>
    public static IReadOnlyList<TargetProgress> Of(PlanSnapshot snapshot, TimeZoneInfo zone)
    {
        var share = snapshot.Period.ElapsedShare(snapshot.AsOf, zone);
        var result = snapshot.Plan.Targets.Select((t, i) => Progress($"plan/{i}", null, null, t, snapshot.Values, share)).ToList();
        foreach (var (itemId, item) in snapshot.Items.OrderBy(i => snapshot.Plan.ItemIds.IndexOf(i.Key)))
        {
            var spec = item.Spec;
            if (spec is null)
            {
                continue;
            }

            var own = snapshot.Values.Where(v => v.ItemId == itemId).ToList();
            result.AddRange(spec.Targets.Select((t, i) => Progress($"{itemId}/{i}", itemId, spec.Ref, t, own, share)));
        }

        return result;
    }

    /// <summary>Each agency's latest value of the indicator <paramref name="name"/> among <paramref name="values"/>.</summary>
    public static List<AgencyFigure> Latest(IEnumerable<ReportedValue> values, string name) =>
        [.. values.Where(v => v.Name == name)
            .GroupBy(v => v.AgencyId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(v => v.Event.Position)!)
            .OrderBy(v => v.AgencyId, StringComparer.Ordinal)
            .Select(v => new AgencyFigure(v.AgencyId, v.Value, v.Period, v.At, v.Event))];

    private static TargetProgress Progress(string key, string? itemId, string? itemRef, Target target, IReadOnlyList<ReportedValue> values, decimal share)
    {
        var name = IndicatorNames.Of(target);
        var aggregation = Aggregations.Of(target);
        var figures = Latest(values, name);
        decimal? actual = figures.Count == 0 ? null : aggregation switch
        {
            Aggregations.Sum => figures.Sum(f => f.Value),
            Aggregations.Mean => Math.Round(figures.Average(f => f.Value), 4),
            _ => figures.MaxBy(f => f.Event.Position)!.Value,
        };
        var expected = Pace.Expected(target, share);
        return new TargetProgress(
            key, itemId, itemRef, target.Text, name, target.Value, target.Unit, target.Comparator, aggregation,
            actual, expected, Pace.Ratio(actual, expected), Pace.Colour(target, actual, expected), figures);
    }
}
