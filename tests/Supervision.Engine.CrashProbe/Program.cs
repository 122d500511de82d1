using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Supervision.Engine.CrashProbe;
using Supervision.Engine.Hosting;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;
using Supervision.Tests.Shared;

// Usage: Supervision.Engine.CrashProbe approve <database> <crash point>   — builds one item and approves its lead,
//        dying at the crash point (see CrashPoint.All); prints "armed" before the approval and "approved" after it.
//        Supervision.Engine.CrashProbe check <database>   — starts again, lets the reactions run, and prints one JSON line
//        saying what became of the approval and the item.
if (args.Length < 2 || args[0] is not ("approve" or "check") || (args[0] == "approve" && args.Length != 3))
{
    await Console.Error.WriteLineAsync("usage: Supervision.Engine.CrashProbe approve <database> <crash point> | check <database>");
    return 2;
}

var crash = new CrashPoint(args.Length == 3 ? args[2] : "none");
var builder = Host.CreateApplicationBuilder();
builder.Logging.ClearProviders();
builder.Services.AddSingleton(crash);
builder.Services.AddStore(StoreSetup.Sqlite, args[1]);
builder.Services.AddSingleton<IEventStore>(sp => new KillingStore(sp.GetRequiredService<Storage>().Log, crash));
builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next()).AddSupervisionEngine(args[1]));
builder.Services.AddSingleton<IReactionHandler, KillingHandler>();
using var host = builder.Build();
await host.StartAsync();
var world = new ProbeWorld(host.Services.GetRequiredService<IGrainFactory>(), host.Services.GetRequiredService<IEventStore>(), host.Services.GetRequiredService<ITables>());

if (args[0] == "approve")
{
    await world.ReadyForApprovalAsync();
    Console.WriteLine("armed");
    await Console.Out.FlushAsync();
    await world.ApproveAsync();
    Console.WriteLine("approved");
}
else
{
    Console.WriteLine(JsonSerializer.Serialize(await world.OutcomeAsync(TimeSpan.FromSeconds(20))));
}

await host.StopAsync();
return 0;
