using System.Globalization;
using Supervision.Engine.Evaluation.Inputs;
using Supervision.Workflows.Scoring;

namespace Supervision.Engine.Evaluation;

/// <summary>
/// Turns marks into points by a scheme. A rate criterion gives its weight less weight ÷ counted for each miss (full weight
/// when nothing was counted); a deduction takes its points per event up to its cap. Every point lost is a line naming its event.
/// </summary>
public static class Scorer
{
    public static AgencyScore Score(ScoringScheme scheme, string agencyId, IEnumerable<ScoreMark> marks, IReadOnlyDictionary<string, (string Zh, string En)> notes)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var byCriterion = marks.GroupBy(m => m.Criterion).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var criteria = new List<CriterionScore>();
        var lines = new List<ScoreLine>();
        foreach (var key in Criteria.All)
        {
            var list = byCriterion.GetValueOrDefault(key) ?? [];
            var name = Criteria.Name(key);
            var note = notes.TryGetValue(key, out var n) ? n : ((string Zh, string En)?)null;
            if (Criteria.Rates.Contains(key))
            {
                var weight = scheme.Weight(key);
                var missed = list.Where(m => !m.Met).OrderBy(m => m.Event.Position).ToList();
                var each = list.Count == 0 ? 0 : weight / list.Count;
                lines.AddRange(missed.Select(m => new ScoreLine(key, -each, m.ItemRef, m.Event, m.Zh, m.En)));
                var (zh, en) = list.Count == 0 ? ("本期无应计事项，按满分计", "nothing counted in the period: full marks") : ($"应计 {list.Count} 项，未达标 {missed.Count} 项", $"{list.Count} counted, {missed.Count} missed");
                criteria.Add(new CriterionScore(key, name.Zh, weight, weight - each * missed.Count, list.Count, missed.Count, Join(zh, note?.Zh), Join(en, note?.En)));
                continue;
            }

            var (max, points) = key == Criteria.Escalations
                ? (scheme.StepMax, (Func<ScoreMark, double>)(m => scheme.StepPoints.GetValueOrDefault(m.Step ?? "")))
                : (scheme.MajorIssueMax, _ => scheme.MajorIssuePoints);
            var taken = list.Select(m => (m, p: points(m))).Where(x => x.p > 0).OrderBy(x => x.m.Event.Position).ToList();
            lines.AddRange(taken.Select(x => new ScoreLine(key, -x.p, x.m.ItemRef, x.m.Event, x.m.Zh, x.m.En)));
            var total = taken.Sum(x => x.p);
            var capped = total > max;
            criteria.Add(new CriterionScore(key, name.Zh, 0, -Math.Min(total, max), taken.Count, taken.Count,
                Join(capped ? $"扣分 {Number(total)} 超过上限，按 {Number(max)} 计" : null, note?.Zh),
                Join(capped ? $"{Number(total)} deducted, capped at {Number(max)}" : null, note?.En)));
        }

        return new AgencyScore(agencyId, Math.Round(criteria.Sum(c => c.Points), 2), 0, criteria, lines);
    }

    /// <summary>Ranks by total, highest first; equal totals share a rank (1, 2, 2, 4).</summary>
    public static IReadOnlyList<AgencyScore> Ranked(IEnumerable<AgencyScore> scores)
    {
        var ordered = scores.OrderByDescending(s => s.Total).ThenBy(s => s.AgencyId, StringComparer.Ordinal).ToList();
        return [.. ordered.Select((s, i) => s with { Rank = ordered.FindIndex(o => o.Total == s.Total) + 1 })];
    }

    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? Join(string? a, string? b) => (a, b) switch
    {
        (null, null) => null,
        (null, _) => b,
        (_, null) => a,
        _ => $"{a}；{b}",
    };
}
