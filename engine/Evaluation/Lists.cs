using Supervision.Workflows.Scoring;

namespace Supervision.Engine.Evaluation;

/// <summary>
/// The commendation list (表扬: the first by rank at or above the scheme's score, and every agency with a model practice,
/// citing it) and the circulation list (通报: the last by rank under the scheme's score, and every agency that reached
/// the notice step, citing it), each entry with its reasons.
/// </summary>
public static class Lists
{
    public static IReadOnlyList<ListEntry> Commended(ScoringScheme scheme, IReadOnlyList<AgencyScore> ranked, IReadOnlyList<ModelPractice> practices)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var top = ranked.Take(scheme.Commendation.Count).Where(s => s.Total >= scheme.Commendation.Threshold).Select(s => s.AgencyId).ToHashSet(StringComparer.Ordinal);
        var entries = new List<ListEntry>();
        foreach (var s in ranked.Where(s => top.Contains(s.AgencyId) || practices.Any(p => p.AgencyId == s.AgencyId)))
        {
            var reasons = new List<ListReason>();
            if (top.Contains(s.AgencyId))
            {
                reasons.Add(new ListReason($"总分 {Scorer.Number(s.Total)}，排名第 {s.Rank}", $"Total {Scorer.Number(s.Total)}, rank {s.Rank}", null));
            }

            reasons.AddRange(practices.Where(p => p.AgencyId == s.AgencyId).Select(Cite));
            entries.Add(new ListEntry(s.AgencyId, s.Rank, s.Total, reasons));
        }

        return entries;
    }

    private static ListReason Cite(ModelPractice p) => new(
        $"典型经验：{p.ItemRef} 第 {p.Report} 期进展报告{(p.Period is null ? "" : $"（{p.Period}）")}：{p.Excerpt}{(p.Note is null ? "" : $"——{p.Note}")}",
        $"Model practice: {p.ItemRef} report {p.Report}{(p.Period is null ? "" : $" ({p.Period})")}: {p.Excerpt}{(p.Note is null ? "" : $" — {p.Note}")}",
        p.Event);

    public static IReadOnlyList<ListEntry> Circulated(ScoringScheme scheme, IReadOnlyList<AgencyScore> ranked)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(ranked);
        var bottom = ranked.Skip(Math.Max(0, ranked.Count - scheme.Circulation.Count)).Where(s => s.Total < scheme.Circulation.Threshold)
            .Select(s => s.AgencyId).ToHashSet(StringComparer.Ordinal);
        var entries = new List<ListEntry>();
        foreach (var s in ranked)
        {
            var notices = s.Lines.Where(l => l.Criterion == Criteria.Escalations && l.Zh.StartsWith("通报", StringComparison.Ordinal)).ToList();
            if (!bottom.Contains(s.AgencyId) && notices.Count == 0)
            {
                continue;
            }

            var reasons = bottom.Contains(s.AgencyId) ? [Low(s)] : new List<ListReason>();
            reasons.AddRange(notices.Select(l => new ListReason($"收到通报：{l.Zh}", $"Reached the notice step: {l.En}", l.Event)));
            entries.Add(new ListEntry(s.AgencyId, s.Rank, s.Total, reasons));
        }

        return entries;
    }

    // The score, and where it was lost, worst criterion first.
    private static ListReason Low(AgencyScore s)
    {
        var lost = s.Criteria.Where(c => c.Points < c.Max).OrderBy(c => c.Points - c.Max).Take(3).ToList();
        return new ListReason(
            $"总分 {Scorer.Number(s.Total)}，排名第 {s.Rank}；失分主要在：{string.Join("、", lost.Select(c => $"{c.Name}（{Scorer.Number(c.Points - c.Max)}）"))}",
            $"Total {Scorer.Number(s.Total)}, rank {s.Rank}; points lost mainly on: {string.Join(", ", lost.Select(c => $"{Criteria.Name(c.Key).En} ({Scorer.Number(c.Points - c.Max)})"))}",
            null);
    }
}
