
namespace Supervision.Engine.Targets;

/// <summary>
/// The three rules that flag reported figures, each over one assignment's reports in order:
/// <list type="bullet">
/// <item><c>decrease</c>: an indicator of a cumulative target (aggregation <c>sum</c>) lower than in the previous report;</item>
/// <item><c>parts_exceed_total</c>: in one report, the indicators of targets that are <c>part_of</c> a total add up to more than that total;</item>
/// <item><c>outlier</c>: a change from the previous report more than <see cref="OutlierFactor"/> times the median size of the
/// agency's earlier changes of that indicator, judged once at least <see cref="OutlierHistory"/> earlier changes exist
/// and their median is not zero.</item>
/// </list>
/// </summary>
public static class Anomalies
{
    public const decimal OutlierFactor = 3m;

    public const int OutlierHistory = 3;

    public static IReadOnlyList<Anomaly> Of(PlanSnapshot snapshot)
    {
        var targets = snapshot.Plan.Targets.Concat(snapshot.Items.Values.SelectMany(i => i.Spec?.Targets ?? [])).ToList();
        var cumulative = targets.Where(t => Aggregations.Of(t) == Aggregations.Sum).Select(IndicatorNames.Of).ToHashSet(StringComparer.Ordinal);
        var parts = targets.Where(t => t.PartOf is not null).GroupBy(t => t.PartOf!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(IndicatorNames.Of).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var found = new List<Anomaly>();
        foreach (var series in snapshot.Values.GroupBy(v => (v.AssignmentId, v.Name)))
        {
            var ordered = series.OrderBy(v => v.Event.Position).ToList();
            found.AddRange(Decreases(ordered, cumulative));
            found.AddRange(Outliers(ordered));
        }

        foreach (var report in snapshot.Values.GroupBy(v => v.Event))
        {
            found.AddRange(PartsOver(report.ToList(), parts));
        }

        return [.. found.OrderBy(a => a.Event.Position).ThenBy(a => a.Kind, StringComparer.Ordinal)];
    }

    private static IEnumerable<Anomaly> Decreases(List<ReportedValue> series, HashSet<string> cumulative)
    {
        if (series.Count == 0 || !cumulative.Contains(series[0].Name))
        {
            yield break;
        }

        for (var k = 1; k < series.Count; k++)
        {
            if (series[k].Value < series[k - 1].Value)
            {
                yield return Flag("decrease", series[k], series[k].Value, series[k - 1].Value);
            }
        }
    }

    private static IEnumerable<Anomaly> Outliers(List<ReportedValue> series)
    {
        var steps = new List<decimal>();
        for (var k = 1; k < series.Count; k++)
        {
            var step = series[k].Value - series[k - 1].Value;
            if (steps.Count >= OutlierHistory && Median(steps) is var median && median > 0 && Math.Abs(step) > OutlierFactor * median)
            {
                yield return Flag("outlier", series[k], series[k].Value, median);
            }

            steps.Add(Math.Abs(step));
        }
    }

    private static IEnumerable<Anomaly> PartsOver(List<ReportedValue> report, Dictionary<string, HashSet<string>> parts)
    {
        foreach (var total in report.Where(v => parts.ContainsKey(v.Name)))
        {
            var sum = report.Where(v => parts[total.Name].Contains(v.Name)).Sum(v => v.Value);
            if (sum > total.Value)
            {
                yield return Flag("parts_exceed_total", total, sum, total.Value);
            }
        }
    }

    private static decimal Median(List<decimal> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static Anomaly Flag(string kind, ReportedValue v, decimal value, decimal compared) =>
        new(kind, v.AgencyId, v.AssignmentId, v.ItemId, v.Name, v.Period, value, compared, v.At, v.Event);
}
