using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Host;

namespace Supervision.Tests.Shared;

/// <summary>
/// The real host in this process on loopback: its own data folder, free HTTP, silo and gateway ports, and any further
/// settings. Every test, fixture and benchmark starts the host through this, so a setting every host needs is added once.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(WebApplication app, string dataDirectory, int port) => (App, DataDirectory, Port) = (app, dataDirectory, port);

    public WebApplication App { get; }

    public string DataDirectory { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>The initial admin's password, as the host wrote it on first start.</summary>
    public string AdminPassword => InitialAdmin.Password(DataDirectory);

    /// <summary>
    /// Builds and starts a host. <paramref name="port"/> keeps a restarted host on its old address;
    /// <paramref name="services"/> replaces services (a clock) and <paramref name="extend"/> maps more endpoints before it starts.
    /// </summary>
    public static async Task<TestHost> StartAsync(
        string dataDirectory,
        IEnumerable<string>? settings = null,
        int? port = null,
        Action<IServiceCollection>? services = null,
        Action<WebApplication>? extend = null)
    {
        var http = port ?? FreePort.Next();
        var app = SupervisionApp.Build(
        [
            "--urls", $"http://127.0.0.1:{http}",
            "--Supervision:DataDirectory", dataDirectory,
            "--Supervision:SiloPort", FreePort.NextText(),
            "--Supervision:GatewayPort", FreePort.NextText(),
            .. settings ?? [],
        ],
            services);
        extend?.Invoke(app);
        await app.StartAsync();
        return new TestHost(app, dataDirectory, http);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
