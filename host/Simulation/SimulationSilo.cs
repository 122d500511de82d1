using Microsoft.Extensions.Time.Testing;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Hosting;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;

namespace Supervision.Host.Simulation;

/// <summary>
/// The silo the simulation runs: the host's engine on its own data folder, with a fake clock and the in-memory deadline
/// queue instead of Quartz, and no HTTP. The folder holds a store the host can open afterwards.
/// </summary>
public sealed class SimulationSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private SimulationSilo(IHost host, FakeTimeProvider clock)
    {
        _host = host;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public ITables Tables => Services.GetRequiredService<ITables>();

    public DueTimes Times => Services.GetRequiredService<DueTimes>();

    public VirtualTime Time => new(Services.GetRequiredService<DeadlineQueue>(), Services.GetRequiredService<DeadlineSweep>(), Clock);

    /// <summary>Starts the silo on <paramref name="folder"/> with its clock at <paramref name="start"/>.</summary>
    public static async Task<SimulationSilo> StartAsync(string folder, string timeZone, DateTimeOffset start, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var clock = new SimulationClock(start);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Orleans", LogLevel.None);
        builder.Logging.AddFilter("Microsoft", LogLevel.Error);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(CalendarFiles.FromDefault());
        builder.Services.AddBusinessCalendar(timeZone);
        builder.Services.AddSingleton(new ReactionOptions { PollInterval = TimeSpan.FromHours(1), Lease = TimeSpan.FromHours(1) });
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePort(), FreePort())
            .AddSupervisionEngine(StoreSetup.Sqlite, Path.Combine(Path.GetFullPath(folder), "supervision.db")));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new SimulationSilo(host, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
