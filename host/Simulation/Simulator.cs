using System.Diagnostics;
using Supervision.Engine.Errors;
using Supervision.Engine.Hosting;

namespace Supervision.Host.Simulation;

/// <summary>
/// Runs one simulation end to end: a silo on the simulation's own folder, the plan put into it, the cycle run on the
/// virtual clock, the figures read back from its store. The store stays for the host to open.
/// </summary>
public static class Simulator
{
    public static async Task<SimulationReport> RunAsync(
        SimulationRequest request, string timeZone, string installationDatabase, IProgress<(DateOnly Day, double Done)>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var watch = Stopwatch.StartNew();
        var folder = Path.GetFullPath(request.DataDirectory);
        if (File.Exists(Path.Combine(folder, "supervision.db")))
        {
            throw SupervisionException.Conflict("simulation.folder_used", $"{folder} holds a store already; name a new folder with --out.");
        }

        var start = new DateTimeOffset(request.From.ToDateTime(new TimeOnly(0, 0)), TimeSpan.Zero);
        await using var silo = await SimulationSilo.StartAsync(folder, timeZone, start, cancellationToken);
        var planId = await LoadAsync(silo, request.Plan, installationDatabase, cancellationToken);
        var behaviour = new Behaviour(request.Profile, request.Seed, silo.Times);
        var run = new SimulationRun(silo, planId, behaviour, progress);
        await run.RunAsync(request.From, request.To, cancellationToken);
        return await SimulationFigures.ReadAsync(silo, request, planId, run.People.Moves, watch.Elapsed, cancellationToken);
    }

    private static async Task<string> LoadAsync(SimulationSilo silo, string plan, string installationDatabase, CancellationToken cancellationToken)
    {
        if (File.Exists(plan))
        {
            return await SimulationPlan.FromDocumentAsync(silo, plan, cancellationToken);
        }

        if (!File.Exists(installationDatabase))
        {
            throw SupervisionException.NotFound("plan", plan);
        }

        await using var installation = StoreSetup.Create(StoreSetup.Sqlite, installationDatabase);
        await installation.InitializeAsync(cancellationToken);
        return await SimulationPlan.FromInstallationAsync(silo, installation.Log, plan, cancellationToken)
            ?? throw SupervisionException.NotFound("plan", plan);
    }
}
