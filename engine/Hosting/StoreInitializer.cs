using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Hosting;

/// <summary>Brings the store's schema up to date before the silo activates any grain.</summary>
internal sealed class StoreInitializer(IEventStore store) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StoreInitializer), ServiceLifecycleStage.RuntimeInitialize, store.InitializeAsync);

    public static void Register(IServiceCollection services) =>
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, StoreInitializer>();
}
