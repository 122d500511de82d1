using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Supervision.Host;
using Supervision.Host.Demo;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary><c>--demo</c>: an empty installation gets a working dashboard at once; one with plans is left alone.</summary>
[Collection(WebCollection.Name)]
public sealed class DemoTests(WebFixture web)
{
    [Fact]
    public async Task The_demo_fills_an_empty_installation_with_a_working_dashboard_and_refuses_one_that_has_plans()
    {
        var folder = Path.Combine(Path.GetTempPath(), "supervision-web-tests", "demo-" + Guid.NewGuid().ToString("n"));
        var port = FreePort();
        await using var app = SupervisionApp.Build(
        [
            "--urls", $"http://127.0.0.1:{port}", "--Supervision:DataDirectory", folder,
            "--Supervision:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Supervision:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]);
        await app.StartAsync();
        var seed = ActivatorUtilities.CreateInstance<DemoSeed>(app.Services);
        Assert.True(await seed.FillAsync(CancellationToken.None));
        var office = File.ReadAllLines(Path.Combine(folder, "demo-users.txt")).Single(l => l.StartsWith("demo-office ", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];

        var context = await web.Browser.NewContextAsync(new() { BaseURL = $"http://127.0.0.1:{port}" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=username]", "demo-office");
        await page.FillAsync("input[name=password]", office);
        await page.ClickAsync("button.primary");
        await Assertions.Expect(page.Locator("#review-queue")).ToContainTextAsync("开展外贸企业用工保障服务");
        await Assertions.Expect(page.Locator("#review-queue")).ToContainTextAsync("支持返乡入乡创业");
        await Assertions.Expect(page.Locator("#review-queue")).ToContainTextAsync("落实稳岗返还政策");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("示范市2026年稳就业行动方案（演示）");
        await WebFixture.ShotAsync(page, "demo-dashboard");

        Assert.False(await seed.FillAsync(CancellationToken.None));
        await app.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
