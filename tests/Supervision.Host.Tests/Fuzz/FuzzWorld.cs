using System.Globalization;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>
/// Real data for the fuzz to aim at: agencies A, B and C, a user of A and of B, bearer tokens for every role, an import
/// draft, and plans whose items and assignments stand in every state of the cycle (draft, dispatched, in progress,
/// disputed, under review, rework, waived, withdrawn, completed). Ids are kept by kind for filling path parameters.
/// </summary>
public sealed class FuzzWorld
{
    private readonly HostFixture _host;
    private readonly Random _random;
    private HttpClient _a = null!;
    private HttpClient _b = null!;

    private FuzzWorld(HostFixture host, Random random) => (_host, _random) = (host, random);

    public string AgencyA { get; private set; } = "";

    public string AgencyB { get; private set; } = "";

    public Dictionary<FuzzRole, string?> Tokens { get; } = [];

    /// <summary>Known ids by the path segment they follow: agencies, plans, items, assignments, imports, users.</summary>
    public Dictionary<string, List<string>> Ids { get; } = new()
    {
        ["agencies"] = [], ["plans"] = [], ["items"] = [], ["assignments"] = [], ["imports"] = [], ["users"] = ["admin", "coord", "insp"],
    };

    public static async Task<FuzzWorld> CreateAsync(HostFixture host, Random random)
    {
        var world = new FuzzWorld(host, random);
        var tag = world.Tag();
        world.AgencyA = $"fa-{tag}";
        world.AgencyB = $"fb-{tag}";
        foreach (var (id, name) in new[] { (world.AgencyA, "自治区人力资源和社会保障厅"), (world.AgencyB, "自治区财政厅"), ($"fc-{tag}", "自治区商务厅") })
        {
            await Expect(host.Coordinator.PostAsync("/api/v1/agencies", new { id, name, liaison = new { name = "联络员", phone = "0991-1234567", email = $"{id}@example.org" } }));
            world.Ids["agencies"].Add(id);
        }

        world._a = await host.UserAsync($"ua-{tag}", "agency", world.AgencyA);
        world._b = await host.UserAsync($"ub-{tag}", "agency", world.AgencyB);
        world.Ids["users"].AddRange([$"ua-{tag}", $"ub-{tag}"]);
        var (_, admin) = await Expect(host.Admin.PostAsync("/api/v1/users/admin/tokens", new { name = "fuzz" }));
        world.Tokens[FuzzRole.Anonymous] = null;
        world.Tokens[FuzzRole.Admin] = admin.Str("token");
        world.Tokens[FuzzRole.Coordinator] = host.Coordinator.DefaultRequestHeaders.Authorization!.Parameter;
        world.Tokens[FuzzRole.Inspector] = host.Inspector.DefaultRequestHeaders.Authorization!.Parameter;
        world.Tokens[FuzzRole.AgencyA] = world._a.DefaultRequestHeaders.Authorization!.Parameter;
        world.Tokens[FuzzRole.AgencyB] = world._b.DefaultRequestHeaders.Authorization!.Parameter;
        await world.AddPlanAsync();
        return world;
    }

    /// <summary>Adds a plan with one item in each state, and a fresh import draft: the fuzz's successes wear states out.</summary>
    public async Task AddPlanAsync()
    {
        var (a, b, c) = (AgencyA, AgencyB, _host.Coordinator);
        var plan = $"fp-{Tag()}";
        (string Lead, string[] Coop)[] shape = [(a, [b]), (a, []), (b, [a]), (a, []), (a, [b]), (b, []), (a, []), (b, [])];
        var (_, created) = await Expect(c.PostAsync("/api/v1/plans", new
        {
            id = plan,
            title = "2022年自治区扩大就业惠民工程实施方案",
            issuer = "自治区就业工作领导小组办公室",
            issued = "2022-03-24",
            targets = new[] { new { text = "城镇新增就业46万人以上", value = 460000, unit = "人", comparator = ">=" } },
            items = shape.Select((s, i) => new { @ref = $"({i + 1})", title = $"事项{i + 1}", due = "2026-12-31", lead = new[] { s.Lead }, cooperating = s.Coop }),
        }));
        var items = created.GetProperty("item_ids").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Ids["plans"].Add(plan);
        Ids["items"].AddRange(items);
        for (var i = 0; i < items.Length; i++)
        {
            Ids["assignments"].AddRange(shape[i].Coop.Prepend(shape[i].Lead).Select(agency => $"{items[i]}~{agency}"));
            if (i != 2)
            {
                await Expect(c.PostAsync($"/api/v1/items/{items[i]}/dispatch"));
            }
        }

        string Asg(int i, string agency) => $"/api/v1/assignments/{items[i]}~{agency}";
        await Expect(_a.PostAsync($"{Asg(0, a)}/acknowledge", new { responsible_name = "张三" }));
        await Expect(_a.PostAsync($"{Asg(0, a)}/reports", new { narrative = "已完成一半", indicators = new[] { new { name = "新增就业", value = 230000, unit = "人" } } }));
        await Expect(_b.PostAsync($"{Asg(0, b)}/acknowledge", new { responsible_name = "李四" }));
        await Expect(_a.PostAsync($"{Asg(3, a)}/dispute", new { reason = "不属于本单位职责" }));
        await Expect(_a.PostAsync($"{Asg(4, a)}/acknowledge", new { responsible_name = "张三" }));
        await Expect(c.PostAsync($"{Asg(4, b)}/waive", new { reason = "无需配合" }));
        await Expect(_a.PostAsync($"{Asg(4, a)}/completion", new { evidence = "文件已印发" }));
        foreach (var (i, decision) in new[] { (5, "return"), (7, "approve") })
        {
            await Expect(_b.PostAsync($"{Asg(i, b)}/acknowledge", new { responsible_name = "李四" }));
            await Expect(_b.PostAsync($"{Asg(i, b)}/completion", new { evidence = "已办结" }));
            await Expect(c.PostAsync($"{Asg(i, b)}/completion/review", new { decision, note = "意见" }));
        }

        await Expect(c.PostAsync($"{Asg(6, a)}/withdraw", new { reason = "任务调整" }));
        Ids["imports"].Add(await Import.Uploads.UploadSeedAsync(c));
    }

    public string Pick(string kind) => Ids.TryGetValue(kind, out var ids) && ids.Count > 0
        ? ids[_random.Next(ids.Count)]
        : Ids.Values.SelectMany(v => v).ElementAt(_random.Next(Ids.Values.Sum(v => v.Count)));

    private string Tag() => _random.Next().ToString("x8", CultureInfo.InvariantCulture);

    private static async Task<(int Status, System.Text.Json.JsonElement Body)> Expect(Task<(int Status, System.Text.Json.JsonElement Body)> call)
    {
        var answer = await call;
        Assert.True(answer.Status is >= 200 and < 300, $"setting up the fuzz world: {answer.Status} {answer.Body}");
        return answer;
    }
}
