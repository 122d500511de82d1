using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>
/// Every endpoint × every role that may not use it: refused with 401/403/404 and nothing appended to the trail.
/// (The roles that may use each endpoint are exercised by the flow tests.)
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AuthorizationMatrixTests(HostFixture host)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ApiWorld? _shared;
    private static string _draft = "";

    public enum Who
    {
        Anonymous,
        Admin,
        Coordinator,
        Inspector,
        LeadUser,
        CoopUser,
        OtherUser,
    }

    private static readonly (string Method, string Path, object? Body, Who[] Allowed)[] Endpoints =
    [
        ("POST", "/api/v1/agencies", new { name = "新单位" }, [Who.Admin, Who.Coordinator]),
        ("PUT", "/api/v1/agencies/{lead}/contacts", new { liaison = new { name = "x" }, head = (object?)null }, [Who.Admin, Who.Coordinator]),
        ("PUT", "/api/v1/agencies/{lead}/aliases", new { aliases = new[] { "别名" } }, [Who.Admin, Who.Coordinator]),
        ("GET", "/api/v1/agencies/{lead}/counters", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser]),
        ("GET", "/api/v1/agencies/{lead}/inbox", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser]),
        ("POST", "/api/v1/plans", new { title = "另一方案" }, [Who.Coordinator]),
        ("GET", "/api/v1/plans/{plan}", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser, Who.CoopUser]),
        ("POST", "/api/v1/plans/{plan}/items", new { @ref = "x", title = "x", lead = new[] { "{lead}" } }, [Who.Coordinator]),
        ("GET", "/api/v1/items/{item}", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser, Who.CoopUser]),
        ("PUT", "/api/v1/items/{item}", new { @ref = "x", title = "x", text = (string?)null, due = (string?)null, lead = new[] { "{lead}" }, cooperating = Array.Empty<string>(), targets = Array.Empty<object>() }, [Who.Coordinator]),
        ("POST", "/api/v1/items/{item}/dispatch", null, [Who.Coordinator]),
        ("GET", "/api/v1/items/{item}/trail", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser, Who.CoopUser]),
        ("GET", "/api/v1/items/{item}/trail/export", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser, Who.CoopUser]),
        ("GET", "/api/v1/assignments/{leadAsg}", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser]),
        ("GET", "/api/v1/assignments/{leadAsg}/reports", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser]),
        ("POST", "/api/v1/assignments/{leadAsg}/acknowledge", new { responsible_name = "x" }, [Who.LeadUser]),
        ("POST", "/api/v1/assignments/{leadAsg}/dispute", new { reason = "x" }, [Who.LeadUser]),
        ("POST", "/api/v1/assignments/{leadAsg}/dispute/resolve", new { outcome = "reject" }, [Who.Coordinator]),
        ("POST", "/api/v1/assignments/{leadAsg}/reports", new { narrative = "x" }, [Who.LeadUser]),
        ("POST", "/api/v1/assignments/{leadAsg}/reports/1/review", new { decision = "accept" }, [Who.Coordinator]),
        ("POST", "/api/v1/assignments/{coopAsg}/contribution", new { text = "x" }, [Who.CoopUser]),
        ("POST", "/api/v1/assignments/{coopAsg}/waive", new { reason = "x" }, [Who.Coordinator]),
        ("POST", "/api/v1/assignments/{leadAsg}/completion", new { evidence = "x" }, [Who.LeadUser]),
        ("POST", "/api/v1/assignments/{leadAsg}/completion/review", new { decision = "approve" }, [Who.Coordinator]),
        ("POST", "/api/v1/assignments/{leadAsg}/withdraw", new { reason = "x" }, [Who.Coordinator]),
        ("POST", "/api/v1/users", new { username = "mallory", role = "admin", password = "0123456789ab" }, [Who.Admin]),
        ("GET", "/api/v1/users", null, [Who.Admin]),
        ("POST", "/api/v1/imports", new { title = "not a file" }, [Who.Coordinator]),
        ("GET", "/api/v1/imports", null, [Who.Coordinator]),
        ("GET", "/api/v1/imports/{draft}", null, [Who.Coordinator]),
        ("PATCH", "/api/v1/imports/{draft}", new[] { new { op = "drop_item", item = "二(一)" } }, [Who.Coordinator]),
        ("POST", "/api/v1/imports/{draft}/commit", null, [Who.Coordinator]),
    ];

    public static TheoryData<string, string, Who> Forbidden()
    {
        var data = new TheoryData<string, string, Who>();
        foreach (var (method, path, _, allowed) in Endpoints)
        {
            foreach (var who in Enum.GetValues<Who>().Except(allowed))
            {
                data.Add(method, path, who);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task Refused_and_nothing_recorded(string method, string path, Who who)
    {
        var w = await WorldAsync();
        var before = await w.TrailLengthAsync(host);
        var body = Endpoints.Single(e => e.Method == method && e.Path == path).Body;
        var json = body is null ? null : Fill(System.Text.Json.JsonSerializer.Serialize(body), w);

        var (status, problem) = await Client(who, w).SendAsync(new HttpMethod(method), Fill(path, w), json);

        Assert.True(status is 401 or 403 or 404, $"{who} {method} {path} answered {status}: {problem}");
        Assert.Equal(before, await w.TrailLengthAsync(host));
    }

    [Theory]
    [InlineData(Who.Coordinator)]
    [InlineData(Who.Inspector)]
    [InlineData(Who.LeadUser)]
    public async Task Those_concerned_read_the_item_and_its_assignment(Who who)
    {
        var w = await WorldAsync();

        Assert.Equal(200, (await Client(who, w).GetJsonAsync($"/api/v1/items/{w.ItemId}")).Status);
        Assert.Equal(200, (await Client(who, w).GetJsonAsync($"/api/v1/assignments/{w.LeadAssignment}")).Status);
    }

    [Fact]
    public async Task An_agency_user_sees_only_its_own_assignments_in_lists_and_trails()
    {
        var w = await WorldAsync();

        var (_, coopTrail) = await w.CoopUser.GetJsonAsync($"/api/v1/items/{w.ItemId}/trail");
        var (_, otherPlans) = await w.OtherUser.GetJsonAsync("/api/v1/plans");
        var (_, coopInbox) = await w.CoopUser.GetJsonAsync("/api/v1/inbox");

        Assert.DoesNotContain(coopTrail.EnumerateArray(), e => e.Str("stream_id").EndsWith(w.Lead, StringComparison.Ordinal));
        Assert.DoesNotContain(otherPlans.EnumerateArray(), p => p.Str("id") == w.PlanId);
        Assert.All(coopInbox.EnumerateArray(), a => Assert.Equal(w.Coop, a.Str("agency_id")));
    }

    private async Task<ApiWorld> WorldAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_draft.Length == 0)
            {
                _draft = await Import.Uploads.UploadSeedAsync(host.Coordinator);
            }

            return _shared ??= await ApiWorld.CreateAsync(host);
        }
        finally
        {
            Gate.Release();
        }
    }

    private HttpClient Client(Who who, ApiWorld w) => who switch
    {
        Who.Anonymous => host.Anonymous,
        Who.Admin => host.Admin,
        Who.Coordinator => host.Coordinator,
        Who.Inspector => host.Inspector,
        Who.LeadUser => w.LeadUser,
        Who.CoopUser => w.CoopUser,
        _ => w.OtherUser,
    };

    private static string Fill(string text, ApiWorld w) => text
        .Replace("{leadAsg}", w.LeadAssignment, StringComparison.Ordinal)
        .Replace("{coopAsg}", w.CoopAssignment, StringComparison.Ordinal)
        .Replace("{lead}", w.Lead, StringComparison.Ordinal)
        .Replace("{plan}", w.PlanId, StringComparison.Ordinal)
        .Replace("{draft}", _draft, StringComparison.Ordinal)
        .Replace("{item}", w.ItemId, StringComparison.Ordinal);
}
