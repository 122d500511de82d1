using Supervision.Engine.Errors;
using Supervision.Engine.Evaluation.Inputs;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Scoring;

namespace Supervision.Engine.Evaluation;

/// <summary>Scores an evaluation as of an instant from the score sources (caught up with the trail), ranks and lists.</summary>
public sealed class EvaluationScoring(ScoreFacts facts, IEnumerable<IAsyncScoreSource> asked, SchemeCatalog schemes, DueTimes dueTimes, EvaluationScope scope)
{
    public ScoringScheme Scheme(string id, int? version) =>
        schemes.Find(id, version) ?? throw SupervisionException.Invalid("evaluation.unknown_scheme",
            $"There is no scoring scheme '{id}'{(version is null ? "" : $" version {version}")}; known: {string.Join(", ", schemes.All.Select(s => $"{s.Id} v{s.Version}"))}.", "scheme_id")
            .With("id", id);

    public ScoreWindow Window(EvaluationSpec spec, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var start = spec.From.ToDateTime(TimeOnly.MinValue);
        return new ScoreWindow(new DateTimeOffset(start, dueTimes.Zone.GetUtcOffset(start)).ToUniversalTime(), dueTimes.EndOfDay(spec.To), asOf, spec.PlanId);
    }

    public async Task<ScoreSheet> ScoreAsync(EvaluationSpec spec, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var scheme = Scheme(spec.SchemeId, spec.SchemeVersion);
        var window = Window(spec, asOf);
        var plans = spec.PlanId is { } one ? [one] : await facts.ReadAsync((_, sources) => sources.OfType<CycleSource>().SelectMany(c => c.Plans).ToList(), cancellationToken);
        // Scoped: the agencies below the scope, on the sub-assignments under the scope agency's own; read before the facts' lock.
        var only = spec.ScopeAgencyId is { } agency ? await scope.FilterAsync(agency, cancellationToken) : null;
        var answered = new List<ScoreMark>();
        foreach (var source in asked)
        {
            answered.AddRange(await source.MarksAsync(window, plans, cancellationToken));
        }

        return await facts.ReadAsync((position, sources) =>
        {
            var notes = sources.Where(s => s.Note is not null).SelectMany(s => s.Criteria.Select(c => (c, s.Note!.Value)))
                .ToDictionary(x => x.c, x => x.Value, StringComparer.Ordinal);
            var scores = sources.SelectMany(s => s.Marks(window)).Concat(answered).Where(m => only?.Counts(m.AgencyId, m.Event.StreamId) ?? true).GroupBy(m => m.AgencyId, StringComparer.Ordinal)
                .Select(g => Scorer.Score(scheme, g.Key, g, notes));
            var ranked = Scorer.Ranked(scores);
            var cycle = sources.OfType<CycleSource>().FirstOrDefault();
            var practices = sources.OfType<PracticeSource>().SelectMany(p => p.Within(window))
                .Where(p => spec.PlanId is null || cycle?.PlanOf(p.Event.StreamId) == spec.PlanId)
                .Where(p => only?.Counts(p.AgencyId, p.Event.StreamId) ?? true)
                .ToList();
            return new ScoreSheet(asOf, position, ranked, Lists.Commended(scheme, ranked, practices), Lists.Circulated(scheme, ranked), practices);
        }, cancellationToken);
    }
}
