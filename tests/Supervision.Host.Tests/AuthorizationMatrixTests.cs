using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>
/// Every endpoint × every role: on a world brought to the state the command needs, each role that may not use it is
/// refused (401/403/404) and the global event log does not move; then each role that may use it gets its 2xx on the very
/// same request (so a mistyped route cannot pass as a 404), and a command's success is seen in the log.
/// </summary>
[Collection(HostCollection.Name)]
public partial class AuthorizationMatrixTests(HostFixture host)
{
    private const string Seed = "{seed document}";
    private const string Registry = "id,name,parent_id\nag-{tag}-r,新县人民政府,{lead}\n";
    // Sent as the item's own trail export, fetched by the coordinator just before.
    private const string TrailExport = "{trail export}";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    // One world per host: the PostgreSQL run of these tests has a host of its own.
    private static readonly Dictionary<HostFixture, ApiWorld> Shared = [];

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

    private sealed record Endpoint(string Method, string Path, object? Body, Who[] Allowed, WorldState State = WorldState.Dispatched, bool Records = true);

    private static readonly Who[] Readers = [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser, Who.CoopUser];

    private static readonly Who[] Everyone = [.. Readers, Who.OtherUser];

    private static readonly Endpoint[] Endpoints =
    [
        new("POST", "/api/v1/agencies", new { name = "新单位" }, [Who.Admin, Who.Coordinator]),
        new("PUT", "/api/v1/agencies/{lead}/contacts", new { liaison = new { name = "联络员" }, head = (object?)null }, [Who.Admin, Who.Coordinator]),
        new("PUT", "/api/v1/agencies/{lead}/aliases", new { aliases = new[] { "别名{tag}" } }, [Who.Admin, Who.Coordinator]),
        new("GET", "/api/v1/agencies/{lead}/counters", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser], Records: false),
        new("GET", "/api/v1/agencies/{lead}/inbox", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser], Records: false),
        new("PUT", "/api/v1/agencies/{lead}/parent", new { parent_id = (string?)null }, [Who.Admin, Who.Coordinator], Records: false),
        new("GET", "/api/v1/agencies/{lead}/subtree", null, Everyone, Records: false),
        // An agency user may upload (its preview lists rows outside its subtree as problems); it reads only its own uploads.
        new("POST", "/api/v1/agencies/import", Registry, [Who.Admin, Who.Coordinator, Who.LeadUser, Who.CoopUser, Who.OtherUser], Records: false),
        new("GET", "/api/v1/agencies/import/{agencyImport}", null, [Who.Admin, Who.Coordinator], Records: false),
        new("POST", "/api/v1/agencies/import/{agencyImport}/commit", null, [Who.Admin, Who.Coordinator], Records: false),
        new("POST", "/api/v1/plans", new { title = "另一方案" }, [Who.Coordinator]),
        new("GET", "/api/v1/plans/{plan}", null, Readers, Records: false),
        new("POST", "/api/v1/plans/{plan}/items", new { @ref = "x", title = "x", lead = new[] { "{lead}" } }, [Who.Coordinator]),
        new("GET", "/api/v1/items/{item}", null, Readers, Records: false),
        new("PUT", "/api/v1/items/{item}", new { @ref = "x", title = "x", text = (string?)null, due = (string?)null, lead = new[] { "{lead}" }, cooperating = Array.Empty<string>(), targets = Array.Empty<object>() }, [Who.Coordinator], WorldState.Undispatched),
        new("POST", "/api/v1/items/{item}/dispatch", null, [Who.Coordinator], WorldState.Undispatched),
        new("GET", "/api/v1/items/{item}/trail", null, Readers, Records: false),
        new("GET", "/api/v1/items/{item}/trail/export", null, Readers, Records: false),
        new("GET", "/api/v1/assignments/{leadAsg}", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser], Records: false),
        new("GET", "/api/v1/assignments/{leadAsg}/reports", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser], Records: false),
        new("POST", "/api/v1/assignments/{leadAsg}/acknowledge", new { responsible_name = "x" }, [Who.LeadUser]),
        new("POST", "/api/v1/assignments/{leadAsg}/dispute", new { reason = "x" }, [Who.LeadUser]),
        new("POST", "/api/v1/assignments/{leadAsg}/dispute/resolve", new { outcome = "reject" }, [Who.Coordinator], WorldState.LeadDisputed),
        new("POST", "/api/v1/assignments/{leadAsg}/reports", new { narrative = "x" }, [Who.LeadUser], WorldState.LeadAcknowledged),
        new("POST", "/api/v1/assignments/{leadAsg}/reports/1/review", new { decision = "accept" }, [Who.Coordinator], WorldState.LeadReported),
        new("POST", "/api/v1/assignments/{coopAsg}/contribution", new { text = "x" }, [Who.CoopUser], WorldState.CoopAcknowledged),
        new("POST", "/api/v1/assignments/{coopAsg}/waive", new { reason = "x" }, [Who.Coordinator]),
        new("POST", "/api/v1/assignments/{leadAsg}/completion", new { evidence = "x" }, [Who.LeadUser], WorldState.ReadyToComplete),
        new("POST", "/api/v1/assignments/{leadAsg}/completion/review", new { decision = "approve" }, [Who.Coordinator], WorldState.CompletionSubmitted),
        new("POST", "/api/v1/assignments/{leadAsg}/withdraw", new { reason = "x" }, [Who.Coordinator]),
        new("GET", "/api/v1/review-queue", null, Everyone, Records: false),
        new("GET", "/api/v1/rag?plan_id={plan}", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser, Who.CoopUser, Who.OtherUser], Records: false),
        new("GET", "/api/v1/rag?agency_id={lead}", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser], Records: false),
        new("POST", "/api/v1/assignments/{leadAsg}/escalate", new { reason = "领导批示" }, [Who.Coordinator]),
        new("POST", "/api/v1/assignments/{leadAsg}/extension", new { date = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reason = "x" }, [Who.LeadUser]),
        new("POST", "/api/v1/assignments/{leadAsg}/cascade", new { children = new[] { new { agency_id = "sub-{tag}", role = "lead", due = "2022-12-31", shares = new[] { new { indicator = "城镇新增就业", value = 1000 } } } } },
            [Who.LeadUser, Who.Coordinator], WorldState.SubAgency, Records: false),
        new("GET", "/api/v1/assignments/{leadAsg}/tree", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser], Records: false),
        new("GET", "/api/v1/plans/{plan}/tree?depth=2", null, Readers, Records: false),
        new("POST", "/api/v1/assignments/{leadAsg}/extension/decide", new { decision = "approve" }, [Who.Coordinator], WorldState.ExtensionAsked),
        new("POST", "/api/v1/assignments/{leadAsg}/interviews", new { held_on = "2026-01-05", place = "会议室", minutes = "纪要" }, [Who.Coordinator]),
        new("POST", "/api/v1/assignments/{leadAsg}/interviews/1/commitments/1/fulfil", new { evidence = "已整改" }, [Who.LeadUser], WorldState.Interviewed),
        new("POST", "/api/v1/users", new { username = "mallory-{tag}", role = "admin", password = "0123456789ab" }, [Who.Admin], Records: false),
        new("GET", "/api/v1/users", null, [Who.Admin], Records: false),
        new("GET", "/metrics", null, [Who.Admin], Records: false),
        new("GET", "/api/v1/admin/status", null, [Who.Admin], Records: false),
        new("POST", "/api/v1/imports?name=seed.txt", Seed, [Who.Coordinator], Records: false),
        new("GET", "/api/v1/imports", null, [Who.Coordinator], Records: false),
        new("GET", "/api/v1/imports/{draft}", null, [Who.Coordinator], Records: false),
        new("PATCH", "/api/v1/imports/{draft}", new[] { new { op = "drop_item", item = "二(一)" } }, [Who.Coordinator], Records: false),
        new("POST", "/api/v1/imports/{draft}/commit", new { allow_duplicate = true }, [Who.Coordinator]),
        new("GET", "/api/v1/notices", null, [Who.Admin, Who.Coordinator, Who.Inspector], Records: false),
        new("GET", "/api/v1/audit", null, [Who.Admin, Who.Inspector], Records: false),
        new("POST", "/api/v1/notices/digest", null, [Who.Admin, Who.Coordinator], Records: false),
        new("POST", "/api/v1/campaigns", new { theme = "专项督导", starts = "2022-01-01", ends = "2022-12-31", item_ids = new[] { "{item}" } }, [Who.Coordinator]),
        new("GET", "/api/v1/campaigns", null, Everyone, Records: false),
        new("GET", "/api/v1/campaigns/c-{tag}", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser], WorldState.FindingRecorded, Records: false),
        new("POST", "/api/v1/campaigns/c-{tag}/close", new { summary = "x" }, [Who.Coordinator], WorldState.CampaignOpen),
        new("POST", "/api/v1/campaigns/c-{tag}/findings", new { assignment_id = "{leadAsg}", severity = "general", text = "x", due = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, [Who.Coordinator], WorldState.CampaignOpen),
        new("GET", "/api/v1/assignments/{leadAsg}/findings", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser], WorldState.FindingRecorded, Records: false),
        new("POST", "/api/v1/assignments/{leadAsg}/findings/1/rectification", new { text = "已整改" }, [Who.LeadUser], WorldState.FindingRecorded),
        new("POST", "/api/v1/assignments/{leadAsg}/findings/1/review", new { decision = "close" }, [Who.Coordinator], WorldState.FindingRectified),
        new("POST", "/api/v1/evaluations", new { title = "考核", from = "2022-01-01", to = "2022-12-31" }, [Who.Coordinator]),
        new("GET", "/api/v1/evaluations", null, Everyone, Records: false),
        new("GET", "/api/v1/evaluations/e-{tag}", null, Everyone, WorldState.Evaluated, Records: false),
        new("POST", "/api/v1/evaluations/e-{tag}/freeze", null, [Who.Coordinator], WorldState.Evaluated),
        new("GET", "/api/v1/evaluations/e-{tag}/export?format=xlsx", null, Everyone, WorldState.Evaluated, Records: false),
        new("GET", "/api/v1/evaluations/e-{tag}/chart.svg", null, Everyone, WorldState.Evaluated, Records: false),
        new("POST", "/api/v1/assignments/{leadAsg}/reports/1/model-practice", new { note = "x" }, [Who.Coordinator], WorldState.LeadReported),
        new("GET", "/api/v1/scoring/schemes", null, Everyone, Records: false),
        new("PUT", "/api/v1/plans/{plan}/targets", new { targets = new[] { new { text = "城镇新增就业46万人以上", value = 460000, unit = "人", comparator = ">=" } }, period_start = "2022-01-01", period_end = "2022-12-31" }, [Who.Coordinator]),
        new("GET", "/api/v1/plans/{plan}/progress", null, Readers, Records: false),
        new("GET", "/api/v1/plans/{plan}/progress?as_of=2030-06-30T00:00:00%2B08:00", null, Readers, Records: false),
        new("GET", "/api/v1/plans/{plan}/standing", null, Readers, Records: false),
        new("GET", "/api/v1/plans/{plan}/export?format=xlsx", null, Readers, Records: false),
        new("GET", "/api/v1/plans/{plan}/export?format=csv", null, Readers, Records: false),
        new("POST", "/api/v1/plans/{plan}/rounds", new { period = "2026-02", start = "2026-02-01", end = "2026-02-28", due = "2026-03-10" }, [Who.Coordinator]),
        new("GET", "/api/v1/plans/{plan}/rounds", null, Readers, Records: false),
        new("GET", "/api/v1/plans/{plan}/rounds/1", null, Readers, WorldState.RoundOpened, Records: false),
        new("POST", "/api/v1/assignments/{leadAsg}/major-issues", new { severity = "critical", summary = "资金缺口", needs = "请财政厅协调" }, [Who.LeadUser], WorldState.LeadAcknowledged),
        new("POST", "/api/v1/assignments/{leadAsg}/major-issues/1/close", new { outcome = "已协调拨付" }, [Who.Coordinator], WorldState.MajorIssueRaised),
        new("GET", "/api/v1/major-issues", null, [Who.Admin, Who.Coordinator, Who.Inspector, Who.LeadUser, Who.CoopUser, Who.OtherUser], Records: false),
        new("GET", "/api/v1/auth/me", null, Everyone, Records: false),
        new("POST", "/api/v1/users/u-{lead}/tokens", new { name = "matrix" }, [Who.Admin, Who.LeadUser], Records: false),
        new("POST", "/api/v1/users/u-{lead}/password", new { password = "correct-horse-battery" }, [Who.Admin, Who.LeadUser], Records: false),
        new("GET", "/api/v1/agencies", null, Everyone, Records: false),
        new("GET", "/api/v1/agencies/{lead}", null, Everyone, Records: false),
        new("GET", "/api/v1/inbox", null, Everyone, Records: false),
        new("GET", "/api/v1/plans", null, Everyone, Records: false),
        new("GET", "/api/v1/plans/{plan}/items", null, Readers, Records: false),
        new("POST", "/api/v1/plans/{plan}/dispatch", null, [Who.Coordinator], WorldState.Undispatched),
        new("POST", "/api/v1/reports/accept", new { reports = new[] { new { assignment_id = "{leadAsg}", number = 1 } } }, [Who.Coordinator], WorldState.LeadReported),
        new("GET", "/api/v1/trail/export", null, [Who.Coordinator, Who.Inspector], Records: false),
        new("POST", "/api/v1/trails/verify", TrailExport, Everyone, Records: false),
        new("GET", "/api/v1/workflows/cycle.mmd", null, Everyone, Records: false),
        new("GET", "/api/v1/workflows/item.mmd", null, Everyone, Records: false),
        new("GET", "/api/v1/workflows/definitions", null, Everyone, Records: false),
        new("GET", "/api/v1/reactions", null, [Who.Admin], Records: false),
        new("POST", "/api/v1/reactions/retry", null, [Who.Admin], Records: false),
        new("POST", "/api/v1/reactions/{reaction}/retry", null, [Who.Admin], WorldState.ReactionWaiting, Records: false),
        new("GET", "/api/v1/calendar/add?from=2026-01-05&days=3", null, Everyone, Records: false),
        new("GET", "/api/v1/calendar/2026", null, Everyone, Records: false),
    ];

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var e in Endpoints)
        {
            data.Add(e.Method, e.Path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Only_the_permitted_roles_succeed_and_refusals_record_nothing(string method, string path)
    {
        var e = Endpoints.Single(x => x.Method == method && x.Path == path);
        var w = await WorldStates.CreateAsync(host, e.State);
        var draft = path.Contains("{draft}", StringComparison.Ordinal) ? await Import.Uploads.UploadSeedAsync(host.Coordinator)
            : path.Contains("{agencyImport}", StringComparison.Ordinal) ? (await Hierarchy.RegistryFiles.UploadAsync(host.Coordinator, Hierarchy.RegistryFiles.Csv(Fill(Registry, w, "")))).Body.Str("id") : "";
        using var log = new LogPosition(host.DataDirectory);

        foreach (var who in Enum.GetValues<Who>().Except(e.Allowed))
        {
            var before = await log.SettledAsync();
            var (status, problem) = await SendAsync(Client(who, w), e, w, draft);
            Assert.True(status is 401 or 403 or 404, $"{who} {method} {path} answered {status}: {problem}");
            Assert.True(log.Read() == before, $"{who} {method} {path} was refused ({status}) but recorded: {string.Join("; ", log.Since(before))}");
        }

        foreach (var who in e.Allowed)
        {
            var before = await log.SettledAsync();
            var (status, answer) = await SendAsync(Client(who, w), e, w, draft);
            Assert.True(status is >= 200 and < 300, $"{who} may {method} {path} but was answered {status}: {answer}");
            Assert.True(!e.Records || log.Read() > before, $"{who} {method} {path} answered {status} but the log did not move");
        }
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

    private async Task<(int Status, System.Text.Json.JsonElement Body)> SendAsync(HttpClient client, Endpoint e, ApiWorld w, string draft)
    {
        var path = Fill(e.Path, w, draft);
        if (e.Body is TrailExport)
        {
            var export = await host.Coordinator.GetStringAsync($"/api/v1/items/{w.ItemId}/trail/export");
            return await client.SendAsync(HttpMethod.Post, path, export);
        }

        if (e.Body is not (Seed or Registry))
        {
            return await client.SendAsync(new HttpMethod(e.Method), path, e.Body is null ? null : Fill(System.Text.Json.JsonSerializer.Serialize(e.Body), w, draft));
        }

        using var content = new ByteArrayContent(e.Body is Seed ? Import.Uploads.Seed : System.Text.Encoding.UTF8.GetBytes(Fill(Registry, w, draft)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(e.Body is Seed ? "text/plain" : "text/csv");
        using var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : System.Text.Json.JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<ApiWorld> WorldAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (!Shared.TryGetValue(host, out var world))
            {
                Shared[host] = world = await ApiWorld.CreateAsync(host);
            }

            return world;
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

    private static string Fill(string text, ApiWorld w, string draft) => text
        .Replace("{leadAsg}", w.LeadAssignment, StringComparison.Ordinal)
        .Replace("{coopAsg}", w.CoopAssignment, StringComparison.Ordinal)
        .Replace("{lead}", w.Lead, StringComparison.Ordinal)
        .Replace("{plan}", w.PlanId, StringComparison.Ordinal)
        .Replace("{draft}", draft, StringComparison.Ordinal)
        .Replace("{agencyImport}", draft, StringComparison.Ordinal)
        .Replace("{tag}", w.Tag, StringComparison.Ordinal)
        .Replace("{reaction}", w.ReactionId, StringComparison.Ordinal)
        .Replace("{item}", w.ItemId, StringComparison.Ordinal);
}
