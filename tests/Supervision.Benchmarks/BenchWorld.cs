using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;
using Supervision.Tests.Shared;

namespace Supervision.Benchmarks;

/// <summary>The real host on loopback with a fresh data folder, and a plan of N dispatched, acknowledged assignments.</summary>
public sealed class BenchWorld : IAsyncDisposable
{
    private BenchWorld(WebApplication app, string folder, int port)
    {
        App = app;
        Folder = folder;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public WebApplication App { get; }

    public string Folder { get; }

    public Uri BaseAddress { get; }

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    public static async Task<BenchWorld> StartAsync(params string[] settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "supervision-bench", Guid.NewGuid().ToString("n"));
        var host = await TestHost.StartAsync(folder, ["--Serilog:MinimumLevel:Default", "Warning", .. settings]);
        return new BenchWorld(host.App, folder, host.Port);
    }

    /// <summary>One agency per assignment, each with a user and token; one item per agency, dispatched and acknowledged.</summary>
    public async Task<List<(string AssignmentId, Actor Agency, string Token)>> AssignmentsAsync(string tag, int count)
    {
        var coordinator = new Actor("bench-coordinator", Roles.Coordinator, null);
        var users = App.Services.GetRequiredService<UserStore>();
        var plan = Grains.GetGrain<IPlanGrain>($"bench-{tag}");
        await plan.CreateAsync(new PlanSpec($"基准 {tag}", null, null, []), [], coordinator, null);
        var result = new List<(string, Actor, string)>();
        for (var i = 0; i < count; i++)
        {
            var agencyId = $"ag-{tag}-{i}";
            await Grains.GetGrain<IAgencyGrain>(agencyId).RegisterAsync(new AgencyProfile($"单位{i}", "department", [], false, []), coordinator, null);
            var user = await users.AddAsync($"u-{tag}-{i}", $"用户{i}", Roles.Agency, agencyId, "bench-password-1");
            var token = await users.IssueTokenAsync(user.Username, "bench");
            var itemId = await plan.AddItemAsync(new ItemSpec($"{i + 1}", $"任务{i}", null, null, [agencyId], [], []), coordinator, null);
            await Grains.GetGrain<IActionItemGrain>(itemId).DispatchAsync(null, coordinator, null);
            var actor = user.AsActor();
            var assignmentId = AssignmentIds.For(itemId, agencyId);
            await Grains.GetGrain<IAssignmentGrain>(assignmentId).AcknowledgeAsync(new Responsible("负责人", null, null), actor, null);
            result.Add((assignmentId, actor, token));
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
