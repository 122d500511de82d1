using System.Net.Http.Json;
using System.Text.Json;
using Supervision.Host.Configuration;
using Supervision.Host.Demo;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Demo;

/// <summary>
/// <c>--demo</c>'s cascaded plan, played into a fresh data folder on the virtual clock and then served by a host: the
/// region's tree reaches prefectures and their counties, a county that never acknowledged is late and was told to its
/// prefecture, the silent prefecture's delay reached the office, and each prefecture's demo user reads its own counties only.
/// </summary>
public sealed class DemoRegionTests
{
    private const string Item = DemoRegion.PlanId + ".1";

    [Fact]
    public async Task The_demo_region_plan_has_prefectures_with_counties_late_counties_told_their_prefecture_and_neighbours_kept_apart()
    {
        await using var host = new OwnHost(null, "--Supervision:Store", "sqlite");
        var lines = await DemoRegion.FillAsync(new SupervisionOptions { DataDirectory = host.DataDirectory }, DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.NotNull(lines);
        await host.StartAsync();
        using var inspector = await host.UserAsync("inspector", "inspector", null);
        using var changji = await SignInAsync(host, lines, "demo-xj-6523-user");
        using var urumqi = await SignInAsync(host, lines, "demo-xj-6501-user");

        var (status, plan) = await inspector.GetJsonAsync($"/api/v1/plans/{DemoRegion.PlanId}/tree?depth=2");
        var region = plan.GetProperty("items")[0].GetProperty("assignments").EnumerateArray().Single();
        var prefectures = region.GetProperty("children").EnumerateArray().ToList();
        var changjiNode = prefectures.Single(p => p.Str("agency_id") == DemoRegionHistory.Changji);
        var (_, ownTree) = await changji.GetJsonAsync($"/api/v1/plans/{DemoRegion.PlanId}/tree?depth=2");
        var (neighbourCounty, _) = await changji.GetJsonAsync($"/api/v1/assignments/{Item}~xj-650102");
        var (ownCounty, _) = await urumqi.GetJsonAsync($"/api/v1/assignments/{Item}~xj-650102");
        var events = JsonDocument.Parse(await inspector.GetStringAsync("/api/v1/trail/export")).RootElement.GetProperty("events").EnumerateArray().ToList();

        Assert.Equal(200, status);
        Assert.Equal(14, prefectures.Count);
        Assert.Equal(8, prefectures.Single(p => p.Str("agency_id") == DemoRegionHistory.Urumqi).GetProperty("children").GetArrayLength());
        Assert.Equal(7, changjiNode.GetProperty("children").GetArrayLength());
        Assert.True(changjiNode.GetProperty("late_below").GetInt32() >= 2, changjiNode.ToString());
        Assert.Contains("吉木萨尔县人民政府", changjiNode.ToString(), StringComparison.Ordinal);
        Assert.Contains(events, e => e.Str("stream_id") == $"assignment-{Item}~xj-652327" && e.Str("type") == "EscalationReached"
            && e.GetProperty("payload").GetProperty("notify").EnumerateArray().Any(w => w.GetString() == "parent"));
        Assert.Contains(events, e => e.Str("stream_id") == $"assignment-{Item}~{DemoRegionHistory.Silent}" && e.Str("type") == "EscalationPassedUp"
            && e.GetProperty("payload").GetProperty("agency_id").ValueKind == JsonValueKind.Null);
        Assert.DoesNotContain("xj-6501", ownTree.ToString(), StringComparison.Ordinal);
        Assert.Contains("昌吉市人民政府", ownTree.ToString(), StringComparison.Ordinal);
        Assert.Equal(404, neighbourCounty);
        Assert.Equal(200, ownCounty);
    }

    // Signs in with the password the demo printed for the user.
    private static async Task<HttpClient> SignInAsync(OwnHost host, IReadOnlyList<string>? lines, string username)
    {
        var password = lines!.Single(l => l.StartsWith(username + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var client = host.Client();
        (await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password })).EnsureSuccessStatusCode();
        return client;
    }
}
