using System.Text.RegularExpressions;
using Supervision.Engine.Assignments;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Errors;
using Supervision.Engine.Plans;
using Supervision.Engine.Reactions;
using Supervision.Engine.Rounds.Events;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Rounds;

public sealed partial class RoundGrain(IEventStore store, TimeProvider clock, DueTimes dueTimes) : TrailGrain<RoundState>(store, clock), IRoundGrain
{
    public const int MaxRounds = 500;

    private static readonly string Reporting = AssignmentRows.SqlList(AssignmentCycle.StatusesAllowing(CycleTrigger.SubmitReport));

    protected override string StreamPrefix => StreamIds.RoundsKind;

    private string PlanId => this.GetPrimaryKeyString();

    public async Task<Round> OpenAsync(string period, DateOnly start, DateOnly end, DateOnly due, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "open a dispatch round");
        if (State.HasApplied(correlationId) && State.Rounds.Count > 0)
        {
            return State.Rounds[^1];
        }

        if (string.IsNullOrWhiteSpace(period) || !PeriodName().IsMatch(period))
        {
            throw SupervisionException.Invalid("round.period", $"'period' must be 1–20 letters, digits or '-' (e.g. 2022-06); it is '{period}'.", "period");
        }

        if (start.Year < 2000 || due.Year > 2100 || end < start || due < start || end.DayNumber - start.DayNumber > 366 || due.DayNumber - end.DayNumber > 366)
        {
            throw SupervisionException.Invalid("round.dates", $"A round's period runs from 'start' to 'end' (at most a year) and is due after its start and within a year of its end; given {start:yyyy-MM-dd} – {end:yyyy-MM-dd}, due {due:yyyy-MM-dd}.", "end");
        }

        if (await GrainFactory.GetGrain<IPlanGrain>(PlanId).GetAsync(actor) is null)
        {
            throw SupervisionException.NotFound("plan", PlanId);
        }

        if (State.Rounds.Any(r => r.Period.Name == period))
        {
            throw SupervisionException.Conflict("round.period_exists", $"Plan {PlanId} already has a round for period '{period}'.");
        }

        if (State.Rounds.Count >= MaxRounds)
        {
            throw SupervisionException.Conflict("round.too_many", $"Plan {PlanId} already has {MaxRounds} rounds.");
        }

        // A round asks for a report of every assignment that may report now, as the cycle says (in progress, rework).
        var open = await Tables.QueryAsync(
            $"SELECT id FROM assignments WHERE plan_id = @plan AND status IN {Reporting} ORDER BY id",
            new Dictionary<string, object?> { ["plan"] = PlanId },
            r => r.GetString(0));
        var reportPeriod = new ReportPeriod(period, start, end, dueTimes.EndOfDay(due));
        await RecordAsync(new RoundOpened(State.Rounds.Count + 1, reportPeriod, open), actor, correlationId);
        return State.Rounds[^1];
    }

    public Task<IReadOnlyList<Round>> ListAsync() => Task.FromResult<IReadOnlyList<Round>>([.. State.Rounds]);

    protected override IEnumerable<Reaction> React(RoundState before, RoundState after, RecordedEvent recorded) =>
        recorded.Event is RoundOpened opened
            ? opened.AssignmentIds.Select(id => Reaction.Of(OpenRoundPeriodHandler.Kind, id, new OpenRoundPeriodHandler.Request(opened.Number, opened.Period)))
            : [];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,19}$")]
    private static partial Regex PeriodName();
}
