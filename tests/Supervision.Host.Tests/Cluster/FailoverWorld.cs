using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Cluster;

/// <summary>What the failover test works on: one agency per client, each leading one dispatched and acknowledged item.</summary>
public sealed class FailoverWorld
{
    public const string PlanId = "p-failover";

    public HttpClient Coordinator { get; private set; } = null!;

    public string CoordinatorToken { get; private set; } = "";

    public List<(string Agency, string Token, string Assignment)> Agencies { get; } = [];

    public static async Task<FailoverWorld> CreateAsync(ClusterNode node, int agencies)
    {
        var world = new FailoverWorld();
        var password = InitialAdmin.Password(node.DataDirectory);
        var admin = Client(node.Url, null);
        Check(await admin.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password }), HttpStatusCode.OK);
        world.CoordinatorToken = await UserAsync(admin, "coord", "coordinator", null);
        world.Coordinator = Client(node.Url, world.CoordinatorToken);
        var items = new List<object>();
        for (var i = 0; i < agencies; i++)
        {
            var id = $"ag{i:00}";
            var (status, body) = await world.Coordinator.PostAsync("/api/v1/agencies", new { id, name = $"测试单位{i:00}", liaison = new { name = "联络员", email = $"{id}@example.org" } });
            Assert.True(status == 201, body.ToString());
            world.Agencies.Add((id, await UserAsync(admin, $"u-{id}", "agency", id), ""));
            items.Add(new { @ref = $"{i + 1}", title = $"事项{i + 1}", due = "2030-12-31", lead = new[] { id }, cooperating = Array.Empty<string>() });
        }

        var (planStatus, plan) = await world.Coordinator.PostAsync("/api/v1/plans", new { id = PlanId, title = "故障转移测试方案", issuer = "办公室", issued = "2026-01-01", items });
        Assert.True(planStatus == 201, plan.ToString());
        var itemIds = plan.GetProperty("item_ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        for (var i = 0; i < agencies; i++)
        {
            var (s, b) = await world.Coordinator.PostAsync($"/api/v1/items/{itemIds[i]}/dispatch");
            Assert.True(s == 200, b.ToString());
            var (agency, token, _) = world.Agencies[i];
            world.Agencies[i] = (agency, token, $"{itemIds[i]}~{agency}");
        }

        foreach (var (_, token, assignment) in world.Agencies)
        {
            var user = Client(node.Url, token);
            // The assignment opens by a reaction just after the dispatch; ask until it is there.
            for (var tries = 0; ; tries++)
            {
                var (s, b) = await user.PostAsync($"/api/v1/assignments/{assignment}/acknowledge", new { responsible_name = "张三" });
                if (s == 200)
                {
                    break;
                }

                Assert.True(tries < 100 && s == 404, $"{s} {b}");
                await Task.Delay(200);
            }
        }

        return world;
    }

    public static HttpClient Client(Uri url, string? token)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return client;
    }

    private static async Task<string> UserAsync(HttpClient admin, string username, string role, string? agencyId)
    {
        Check(await admin.PostAsJsonAsync("/api/v1/users", new { username, display_name = username, role, agency_id = agencyId, password = "correct-horse-battery" }), HttpStatusCode.Created);
        var issued = await admin.PostAsJsonAsync($"/api/v1/users/{username}/tokens", new { name = "failover" });
        return (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static void Check(HttpResponseMessage response, HttpStatusCode expected) =>
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
}
