using Supervision.Engine.Items;
using Supervision.Engine.Obligations;
using Supervision.Engine.Plans;
using Supervision.Engine.Simulation;

namespace Supervision.Host.Simulation;

/// <summary>
/// The cycle of one plan on the virtual clock: everything is dispatched on the first working morning, then each
/// working morning (10:00 in the office's zone) the clock is run to it — every ladder step fires at its own instant on
/// the way — and the synthetic agencies and the office make the moves their behaviour chose for that day.
/// </summary>
public sealed class SimulationRun(SimulationSilo silo, string planId, Behaviour behaviour, IProgress<(DateOnly Day, double Done)>? progress)
{
    public static readonly TimeOnly Morning = new(10, 0);

    public OfficeAndAgencies People { get; } = new(silo.Grains);

    /// <summary>Runs from the dispatch on <paramref name="from"/> to the end of <paramref name="to"/>; returns the dispatch instant.</summary>
    public async Task<DateTimeOffset> RunAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var calendar = silo.Times.Calendar;
        var first = calendar.IsWorkingDay(from) ? from : calendar.NextWorkingDay(from).Date;
        var dispatchAt = At(first, new TimeOnly(9, 0));
        await silo.Time.RunUntilAsync(dispatchAt, cancellationToken);
        var plan = await silo.Grains.GetGrain<IPlanGrain>(planId).GetAsync(OfficeAndAgencies.Office)
            ?? throw new InvalidOperationException($"Plan {planId} is not in the simulation's store.");
        await System.Threading.Tasks.Parallel.ForEachAsync(plan.ItemIds, Parallel(cancellationToken), async (item, _) =>
            await silo.Grains.GetGrain<IActionItemGrain>(item).DispatchAsync(null, OfficeAndAgencies.Office, $"sim:dispatch:{item}"));

        var days = to.DayNumber - first.DayNumber + 1;
        for (var day = first; day <= to; day = day.AddDays(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            await silo.Time.RunUntilAsync(At(day, Morning), cancellationToken);
            await People.AcceptReportsAsync(day);
            var next = calendar.NextWorkingDay(day).Date;
            var due = (await SimulationQueries.OpenAsync(silo.Tables, planId, cancellationToken))
                .Where(owed => behaviour.ActOn(owed) is { } on && on <= day)
                .ToLookup(owed => ObligationKinds.Complete.Is(owed.Kind) || ObligationKinds.Rework.Is(owed.Kind));
            // A day's moves touch different assignments and run at once (they share commits); completions come last, so a
            // lead meets the contributions its cooperators made the same morning whatever the order of the others.
            foreach (var moves in new[] { due[false], due[true] })
            {
                await System.Threading.Tasks.Parallel.ForEachAsync(moves, Parallel(cancellationToken), async (owed, _) => await People.MeetAsync(owed, next));
            }

            progress?.Report((day, (day.DayNumber - first.DayNumber + 1) / (double)days));
        }

        await silo.Time.RunUntilAsync(silo.Times.EndOfDay(to), cancellationToken);
        progress?.Report((to, 1));
        return dispatchAt;
    }

    private static ParallelOptions Parallel(CancellationToken cancellationToken) => new() { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken };

    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, silo.Times.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
