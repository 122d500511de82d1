using Supervision.Engine.Simulation;

namespace Supervision.Host.Simulation;

/// <summary>Reads a finished simulation's figures from its store.</summary>
public static class SimulationFigures
{
    public static async Task<SimulationReport> ReadAsync(
        SimulationSilo silo, SimulationRequest request, string planId, int moves, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var names = await SimulationQueries.AgencyNamesAsync(silo.Tables, cancellationToken);
        var steps = await SimulationQueries.EscalationsAsync(silo.Tables, cancellationToken);
        string Who(string owedBy) => owedBy == Engine.Obligations.Obligation.Office ? "办公室 office" : names.GetValueOrDefault(owedBy, owedBy);

        var byStep = steps.GroupBy(s => (s.Rung, s.Step)).OrderBy(g => g.Key.Rung).ToDictionary(g => g.Key.Step, g => g.Sum(s => s.Count), StringComparer.Ordinal);
        var byAgencyStep = steps.GroupBy(s => Who(s.OwedBy), StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, int>)g.GroupBy(s => (s.Rung, s.Step)).OrderBy(x => x.Key.Rung).ToDictionary(x => x.Key.Step, x => x.Sum(s => s.Count), StringComparer.Ordinal),
            StringComparer.Ordinal);
        var byAgency = byAgencyStep.ToDictionary(a => a.Key, a => a.Value.Values.Sum(), StringComparer.Ordinal);

        var timeliness = await SimulationQueries.TimelinessAsync(silo.Tables, planId, silo.Clock.GetUtcNow(), cancellationToken);
        var byKind = timeliness.ToDictionary(t => t.Kind, t => new KindTimeliness(t.OnTime, t.Late, t.Overdue, Rate(t.OnTime, t.OnTime + t.Late + t.Overdue)), StringComparer.Ordinal);
        var onTime = timeliness.Sum(t => t.OnTime);
        var all = timeliness.Sum(t => t.OnTime + t.Late + t.Overdue);
        var (assignments, completed) = await SimulationQueries.AssignmentsAsync(silo.Tables, planId, cancellationToken);
        return new SimulationReport(
            planId, Profiles.Name(request.Profile), request.Seed, request.From, request.To, assignments, completed, moves,
            byStep.Values.Sum(), byStep, byAgency, byAgencyStep, Rate(onTime, all), byKind, Math.Round(elapsed.TotalSeconds, 2),
            Path.GetFullPath(request.DataDirectory));
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round(part / (double)whole, 4);
}
