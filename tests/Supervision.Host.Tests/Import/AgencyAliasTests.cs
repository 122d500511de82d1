using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Import;

/// <summary>The agency registry is editable: an alias given to a registered agency resolves in the next import.</summary>
[Collection(HostCollection.Name)]
public sealed class AgencyAliasTests(HostFixture host)
{
    [Fact]
    public async Task An_alias_set_on_an_agency_resolves_a_plan_that_prints_it()
    {
        var tag = Guid.NewGuid().ToString("n")[..8];
        var id = $"nx-{tag}";
        var name = $"自治区测试厅{tag}";
        var alias = $"测试厅{tag}";
        Assert.Equal(201, (await host.Coordinator.PostAsync("/api/v1/agencies", new { id, name })).Status);

        var (set, agency) = await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/agencies/{id}/aliases", new { aliases = new[] { alias } });
        var document = $"测试方案\n一、任务\n(一)开展测试行动。做好测试工作。\n牵头单位：{alias}\n";
        var (uploaded, draft) = await host.Coordinator.UploadRawAsync(System.Text.Encoding.UTF8.GetBytes(document), "text/plain", "plan.txt");

        Assert.Equal(200, set);
        Assert.Equal(alias, agency.GetProperty("aliases")[0].GetString());
        Assert.True(uploaded == 201, draft.ToString());
        var item = draft.GetProperty("draft").GetProperty("items")[0];
        Assert.Equal(name, item.GetProperty("lead")[0].GetString());
        Assert.Equal(alias, item.GetProperty("lead_printed")[0].GetString());
    }

    [Fact]
    public async Task An_alias_that_already_names_another_agency_is_refused()
    {
        var tag = Guid.NewGuid().ToString("n")[..8];
        await host.Coordinator.PostAsync("/api/v1/agencies", new { id = $"a-{tag}", name = $"甲厅{tag}" });
        await host.Coordinator.PostAsync("/api/v1/agencies", new { id = $"b-{tag}", name = $"乙厅{tag}" });

        var (status, problem) = await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/agencies/b-{tag}/aliases", new { aliases = new[] { $"甲厅{tag}" } });

        Assert.Equal(400, status);
        Assert.Equal(("agency.alias_taken", "aliases[0]"), (problem.Str("code"), problem.Str("field")));
    }
}
