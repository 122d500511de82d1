using System.Globalization;
using Supervision.Engine.Import;

namespace Supervision.Engine.Tests.Import;

/// <summary>Counts behind item F1 and the exact-lead and exact-cooperating rates, per document or summed.</summary>
internal sealed class CorpusScore
{
    public int Documents { get; private set; }

    public int Expected { get; private set; }

    public int Found { get; private set; }

    public int Matched { get; private set; }

    public int LeadRight { get; private set; }

    public int CooperatingRight { get; private set; }

    public List<string> Misses { get; } = [];

    public double ItemF1 => Expected + Found == 0 ? 1 : 2.0 * Matched / (Expected + Found);

    public double ExactLead => Expected == 0 ? 1 : (double)LeadRight / Expected;

    public double ExactCooperating => Expected == 0 ? 1 : (double)CooperatingRight / Expected;

    public static CorpusScore Of(PlanDraft draft, IReadOnlyList<ExpectedItem> expected)
    {
        var score = new CorpusScore { Documents = 1, Expected = expected.Count, Found = draft.Items.Count };
        var items = draft.Items.GroupBy(i => i.Ref).ToDictionary(g => g.Key, g => g.First());
        foreach (var want in expected)
        {
            if (!items.TryGetValue(want.Ref, out var got))
            {
                score.Misses.Add($"{want.Ref}: not found");
                continue;
            }

            score.Matched++;
            var lead = Names(got.Lead);
            var cooperating = Names(got.Cooperating);
            score.LeadRight += lead.SetEquals(want.Lead) ? 1 : 0;
            score.CooperatingRight += cooperating.SetEquals(want.Cooperating) ? 1 : 0;
            if (!lead.SetEquals(want.Lead) || !cooperating.SetEquals(want.Cooperating))
            {
                score.Misses.Add($"{want.Ref}: lead {string.Join("、", lead)} | cooperating {string.Join("、", cooperating)}");
            }
        }

        score.Misses.AddRange(draft.Items.Where(i => expected.All(e => e.Ref != i.Ref)).Select(i => $"{i.Ref}: not expected"));
        return score;
    }

    public void Add(CorpusScore other)
    {
        Documents += other.Documents;
        Expected += other.Expected;
        Found += other.Found;
        Matched += other.Matched;
        LeadRight += other.LeadRight;
        CooperatingRight += other.CooperatingRight;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"items {Matched}/{Expected} found {Found} F1 {ItemF1:0.000} · exact lead {ExactLead:0.000} · exact cooperating {ExactCooperating:0.000}");

    private static HashSet<string> Names(IEnumerable<AgencyMention> mentions) => [.. mentions.Select(m => m.Canonical ?? m.Printed)];
}
