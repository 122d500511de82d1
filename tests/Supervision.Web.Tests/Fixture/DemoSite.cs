using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Host;
using Supervision.Host.Demo;

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
        var port = FreePort();
        var app = SupervisionApp.Build(
        [
            "--urls", $"http://127.0.0.1:{port}", "--Supervision:DataDirectory", folder,
            "--Supervision:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Supervision:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]);
        await app.StartAsync();
        return new DemoSite(app, $"http://127.0.0.1:{port}", folder);
    }

    /// <summary>The password the seed printed for a demo user (demo-office, demo-inspector, demo-rsj-user …).</summary>
    public string Password(string username) =>
        File.ReadAllLines(Path.Combine(Folder, "demo-users.txt")).Single(l => l.StartsWith(username + " ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];

    public string AdminPassword => File.ReadAllLines(Path.Combine(Folder, "initial-admin.txt"))[1]["password: ".Length..];

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
