using System.Globalization;
using Supervision.Engine.Targets;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation.Inputs;

/// <summary>
/// Attainment against pace (序时进度) per agency and target at the end of the window, from the targets' own replay
/// (<see cref="AgencyStandingQuery"/>): met when the agency reported the indicator and the target is on pace (green);
/// missed when it did not report it, or the roll-up is behind pace. A mark rests on the agency's report of the figure,
/// or on its first assignment's opening in the plan when it reported none.
/// </summary>
public sealed class AttainmentSource(AgencyStandingQuery standing, CycleSource cycle, ScoreFacts facts, ITables tables) : IAsyncScoreSource
{
    public IReadOnlyList<string> Criteria { get; } = [Workflows.Scoring.Criteria.Attainment];

    public async Task<IReadOnlyList<ScoreMark>> MarksAsync(ScoreWindow window, IReadOnlyCollection<string> plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(plans);
        var rows = new List<AgencyAttainment>();
        foreach (var plan in plans)
        {
            try
            {
                rows.AddRange(await standing.AttainmentAsync(plan, window.Until, Actor.System, cancellationToken));
            }
            catch (Errors.SupervisionException e) when (e.Kind == Errors.FailureKind.NotFound)
            {
                // A plan created after the window's end had nothing to attain in it.
            }
        }

        var reports = await EventsAsync(rows.Where(r => r.Event is not null).Select(r => r.Event!.Position).Distinct().ToList(), cancellationToken);
        var openings = await facts.ReadAsync((_, _) => rows.Select(r => (r.PlanId, r.AgencyId)).Distinct()
            .ToDictionary(k => k, k => cycle.OpeningOf(k.PlanId, k.AgencyId)), cancellationToken);
        var marks = new List<ScoreMark>();
        foreach (var r in rows)
        {
            var on = r.Event is { } e && reports.TryGetValue(e.Position, out var report) ? report : openings.GetValueOrDefault((r.PlanId, r.AgencyId));
            if (on is null)
            {
                continue;
            }

            var pace = r.Ratio is { } ratio ? $"{(ratio * 100).ToString("0", CultureInfo.InvariantCulture)}%" : "—";
            var met = r.AgencyValue is not null && r.Colour == Pace.Green;
            var (zh, en) = r.AgencyValue is null
                ? ($"未报送指标「{r.TargetName}」", $"Did not report '{r.TargetName}'")
                : ($"「{r.TargetName}」报送 {Number(r.AgencyValue)}{r.Unit}，合计为序时进度的 {pace}", $"'{r.TargetName}': reported {Number(r.AgencyValue)}{r.Unit}; the total is {pace} of pace");
            marks.Add(new ScoreMark(r.AgencyId, r.PlanId, Workflows.Scoring.Criteria.Attainment, met, null, null, on, zh, en));
        }

        return marks;
    }

    private static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    private async Task<Dictionary<long, EventRef>> EventsAsync(List<long> positions, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, EventRef>();
        foreach (var chunk in positions.Chunk(500))
        {
            var parameters = chunk.Select((p, i) => (p, i)).ToDictionary(x => $"p{x.i}", x => (object?)x.p);
            var rows = await tables.QueryAsync(
                $"SELECT stream_id, version, position, type, at FROM events WHERE position IN ({string.Join(", ", parameters.Keys.Select(k => "@" + k))})",
                parameters, r => new EventRef(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), TrailTime.Parse(r.GetString(4))), cancellationToken);
            rows.ForEach(e => found[e.Position] = e);
        }

        return found;
    }
}
