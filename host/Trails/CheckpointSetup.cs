using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;
using Supervision.Host.Configuration;

namespace Supervision.Host.Trails;

/// <summary>Signed checkpoints: the installation's key, the checkpoints folder, and the service that writes them regularly.</summary>
public static class CheckpointSetup
{
    public static WebApplicationBuilder AddTrailCheckpoints(this WebApplicationBuilder builder, SupervisionOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.Services.AddSingleton(_ => CheckpointKey.LoadOrCreate(options.KeysDirectory));
        builder.Services.AddSingleton(sp => new CheckpointFiles(
            sp.GetRequiredService<IEventStore>(), sp.GetRequiredService<CheckpointKey>(), options.CheckpointDirectory, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<CheckpointSigners>();
        builder.Services.AddHostedService(sp => new CheckpointService(
            sp.GetRequiredService<CheckpointFiles>(), sp.GetRequiredService<CheckpointSigners>(), sp.GetRequiredService<Cluster.NodeLiveness>(),
            options.CheckpointEvery, sp.GetRequiredService<ILogger<CheckpointService>>()));
        return builder;
    }
}
