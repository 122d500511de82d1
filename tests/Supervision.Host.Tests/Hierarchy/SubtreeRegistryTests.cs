using System.Text;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Hierarchy;

/// <summary>
/// An agency keeps the registry below itself (层层压实): 昌吉州 imports its counties from the divisions data and
/// registers one more by hand; a row under its neighbour, the neighbour itself or 昌吉州 itself is a problem by line;
/// the neighbour can neither read nor commit 昌吉州's import.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SubtreeRegistryTests(HostFixture host)
{
    [Fact]
    public async Task A_prefecture_imports_its_counties_from_the_divisions_data_and_its_neighbour_cannot_read_or_commit_the_import()
    {
        var w = await WorldAsync();
        var counties = Counties("6523", w.Changji);

        var (uploaded, preview) = await RegistryFiles.UploadAsync(w.ChangjiUser, counties);
        var (read, _) = await w.HamiUser.GetJsonAsync($"/api/v1/agencies/import/{preview.Str("id")}");
        var (stolen, _) = await w.HamiUser.PostAsync($"/api/v1/agencies/import/{preview.Str("id")}/commit");
        var (committed, done) = await w.ChangjiUser.PostAsync($"/api/v1/agencies/import/{preview.Str("id")}/commit");
        var (_, subtree) = await w.ChangjiUser.GetJsonAsync($"/api/v1/agencies/{w.Changji}/subtree");

        Assert.True(uploaded == 201, preview.ToString());
        Assert.Empty(RegistryFiles.Problems(preview));
        Assert.Equal((404, 404), (read, stolen));
        Assert.True(committed == 200, done.ToString());
        var names = subtree.GetProperty("agencies").EnumerateArray().Select(a => a.Str("name")).ToList();
        Assert.Equal(7, names.Count);
        Assert.Contains("呼图壁县人民政府", names);
    }

    [Fact]
    public async Task Rows_outside_the_prefectures_subtree_are_problems_by_line_and_nothing_is_recorded()
    {
        var w = await WorldAsync();
        var file = RegistryFiles.Csv(
            "id,name,parent_id",
            $"{w.Tag}-650502,伊州区人民政府,{w.Hami}",
            $"{w.Hami},哈密市人民政府（改）,{w.Changji}",
            $"{w.Changji},昌吉回族自治州人民政府,",
            $"{w.Tag}-652301,昌吉市人民政府,{w.Changji}");

        var (_, preview) = await RegistryFiles.UploadAsync(w.ChangjiUser, file);
        using var log = new LogPosition(host.DataDirectory);
        var before = await log.SettledAsync();
        var (committed, problem) = await w.ChangjiUser.PostAsync($"/api/v1/agencies/import/{preview.Str("id")}/commit");

        Assert.Equal([(2, "row.outside_subtree"), (3, "row.outside_subtree"), (4, "row.outside_subtree")], RegistryFiles.Problems(preview));
        Assert.Contains("昌吉回族自治州人民政府", preview.GetProperty("problems")[0].Str("message_zh"), StringComparison.Ordinal);
        Assert.Equal((400, "agency.import_problems"), (committed, problem.Str("code")));
        Assert.True(log.Read() == before, $"refused, yet recorded: {string.Join("; ", log.Since(before))}");
    }

    [Fact]
    public async Task A_prefecture_registers_and_renames_below_itself_only()
    {
        var w = await WorldAsync();

        var (below, county) = await w.ChangjiUser.PostAsync("/api/v1/agencies", new { id = $"{w.Tag}-652302", name = "阜康市人民政府", parent_id = w.Changji });
        var (beside, _) = await w.ChangjiUser.PostAsync("/api/v1/agencies", new { id = $"{w.Tag}-650502", name = "伊州区人民政府", parent_id = w.Hami });
        var (top, _) = await w.ChangjiUser.PostAsync("/api/v1/agencies", new { id = $"{w.Tag}-x", name = "某县人民政府" });
        var (renameOwn, _) = await w.ChangjiUser.SendAsync(HttpMethod.Put, $"/api/v1/agencies/{w.Changji}/aliases", new { aliases = new[] { "昌吉州" } });
        var (moveAway, _) = await w.ChangjiUser.SendAsync(HttpMethod.Put, $"/api/v1/agencies/{w.Tag}-652302/parent", new { parent_id = w.Hami });
        var (alias, _) = await w.ChangjiUser.SendAsync(HttpMethod.Put, $"/api/v1/agencies/{w.Tag}-652302/aliases", new { aliases = new[] { $"阜康{w.Tag}" } });

        Assert.True(below == 201, county.ToString());
        Assert.Equal(w.Changji, county.Str("parent_id"));
        Assert.Equal((403, 403, 403, 403), (beside, top, renameOwn, moveAway));
        Assert.Equal(200, alias);
    }

    private sealed record World(string Tag, string Changji, string Hami, HttpClient ChangjiUser, HttpClient HamiUser);

    private async Task<World> WorldAsync()
    {
        var t = $"t{Guid.NewGuid():n}"[..10];
        await RegistryFiles.ImportAsync(host.Coordinator, RegistryFiles.Csv(
            "id,name,parent_id", $"{t}-65,新疆维吾尔自治区人民政府,", $"{t}-6523,昌吉回族自治州人民政府,{t}-65", $"{t}-6505,哈密市人民政府,{t}-65"));
        return new(t, $"{t}-6523", $"{t}-6505", await host.UserAsync($"u{t}cj", "agency", $"{t}-6523"), await host.UserAsync($"u{t}hm", "agency", $"{t}-6505"));
    }

    // The prefecture's counties from the Xinjiang fixture (made from ../shared/data/divisions), under this world's ids.
    private static byte[] Counties(string cityCode, string parent)
    {
        var tag = parent[..parent.IndexOf('-', StringComparison.Ordinal)];
        var rows = Encoding.UTF8.GetString(RegistryFiles.Xinjiang).Split('\n')
            .Select(l => l.Trim().Split(','))
            .Where(c => c.Length >= 3 && c[2] == $"xj-{cityCode}")
            .Select(c => $"{tag}-{c[0][3..]},{c[1]},{parent}");
        return Encoding.UTF8.GetBytes(string.Join("\n", rows.Prepend("id,name,parent_id")) + "\n");
    }
}
