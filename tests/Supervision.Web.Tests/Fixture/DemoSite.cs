using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Host.Demo;
using Supervision.Tests.Shared;

namespace Supervision.Web.Tests.Fixture;

/// <summary>A host of its own on loopback filled by <c>--demo</c>'s seed; the demo users' passwords as the seed printed them, and the admin's.</summary>
public sealed class DemoSite : IAsyncDisposable
{
    private DemoSite(WebApplication app, string baseAddress, string folder) => (App, BaseAddress, Folder) = (app, baseAddress, folder);

    public WebApplication App { get; }

    public string BaseAddress { get; }

    public string Folder { get; }

    public DemoSeed Seed => ActivatorUtilities.CreateInstance<DemoSeed>(App.Services);

    public static async Task<DemoSite> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "supervision-web-tests", "demo-" + Guid.NewGuid().ToString("n"));
        var host = await TestHost.StartAsync(folder);
        return new DemoSite(host.App, $"http://127.0.0.1:{host.Port}", folder);
    }

    /// <summary>The password the seed printed for a demo user (demo-office, demo-inspector, demo-rsj-user …).</summary>
    public string Password(string username) =>
        File.ReadAllLines(Path.Combine(Folder, "demo-users.txt")).Single(l => l.StartsWith(username + " ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];

    public string AdminPassword => InitialAdmin.Password(Folder);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
