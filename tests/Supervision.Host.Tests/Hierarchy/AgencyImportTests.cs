using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Hierarchy;

/// <summary>Loading a registry of agencies: preview, commit, re-import, and files with problems, over HTTP.</summary>
[Collection(HostCollection.Name)]
public sealed class AgencyImportTests(HostFixture host)
{
    [Fact]
    public async Task Xinjiangs_prefectures_and_counties_import_in_one_step_and_a_prefecture_lists_its_counties()
    {
        await RegistryFiles.ImportAsync(host.Coordinator, RegistryFiles.Xinjiang);

        var (status, subtree) = await host.Inspector.GetJsonAsync("/api/v1/agencies/xj-6501/subtree");
        var (_, region) = await host.Coordinator.GetJsonAsync("/api/v1/agencies/xj/subtree?depth=2");
        var (_, county) = await host.Coordinator.GetJsonAsync("/api/v1/agencies/xj-650102");

        Assert.Equal(200, status);
        var names = subtree.GetProperty("agencies").EnumerateArray().Select(a => a.Str("name")).ToList();
        Assert.Equal(8, names.Count);
        Assert.Contains("天山区人民政府", names);
        Assert.All(subtree.GetProperty("agencies").EnumerateArray(), a => Assert.Equal(("xj-6501", 1), (a.Str("parent_id"), a.GetProperty("level").GetInt32())));
        Assert.Equal(14 + 108, region.GetProperty("agencies").GetArrayLength());
        Assert.Equal(("天山区人民政府", "xj-6501"), (county.Str("name"), county.Str("parent_id")));
    }

    [Fact]
    public async Task Importing_the_same_file_again_previews_no_change_and_records_nothing()
    {
        await RegistryFiles.ImportAsync(host.Coordinator, RegistryFiles.Xinjiang);
        using var log = new LogPosition(host.DataDirectory);
        var before = await log.SettledAsync();

        var preview = await RegistryFiles.ImportAsync(host.Coordinator, RegistryFiles.Xinjiang);

        Assert.Equal((0, 0, 0, 123), (preview.GetProperty("added").GetArrayLength(), preview.GetProperty("renamed").GetArrayLength(), preview.GetProperty("moved").GetArrayLength(), preview.GetProperty("unchanged").GetInt32()));
        Assert.True(log.Read() == before, $"a second import recorded: {string.Join("; ", log.Since(before))}");
    }

    [Fact]
    public async Task A_preview_tells_what_is_added_renamed_and_moved_and_the_commit_does_it()
    {
        var t = Tag();
        await RegistryFiles.ImportAsync(host.Coordinator, RegistryFiles.Csv("id,name,parent_id", $"{t}-a,甲市人民政府,", $"{t}-b,乙市人民政府,", $"{t}-c,丙县人民政府,{t}-a"));

        var (_, preview) = await RegistryFiles.UploadAsync(host.Coordinator, RegistryFiles.Csv("id,name,parent_id", $"{t}-a,甲市人民政府,", $"{t}-b,乙州人民政府,", $"{t}-c,丙县人民政府,{t}-b", $"{t}-d,丁县人民政府,{t}-b"));
        var (committed, _) = await host.Coordinator.PostAsync($"/api/v1/agencies/import/{preview.Str("id")}/commit");
        var (_, c) = await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{t}-c");
        var (_, b) = await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{t}-b");

        Assert.Equal([$"{t}-d"], preview.GetProperty("added").EnumerateArray().Select(x => x.Str("id")));
        Assert.Equal(("乙市人民政府", "乙州人民政府"), (preview.GetProperty("renamed")[0].Str("from"), preview.GetProperty("renamed")[0].Str("to")));
        Assert.Equal(($"{t}-a", $"{t}-b"), (preview.GetProperty("moved")[0].Str("from"), preview.GetProperty("moved")[0].Str("to")));
        Assert.Equal(200, committed);
        Assert.Equal(($"{t}-b", "乙州人民政府"), (c.Str("parent_id"), b.Str("name")));
    }

    [Fact]
    public async Task A_file_with_problems_lists_each_by_line_and_its_commit_is_refused_with_nothing_recorded()
    {
        var t = Tag();
        var (status, preview) = await RegistryFiles.UploadAsync(host.Coordinator, RegistryFiles.Csv(
            "id,name,parent_id",
            $"{t}-a,甲市人民政府,{t}-nowhere",
            $"{t}-b,乙市人民政府,{t}-c",
            $"{t}-c,丙市人民政府,{t}-b",
            $"{t}-d,丁县人民政府,",
            $"{t}-d,丁县人民政府（重复）,",
            $",无编号,",
            $"Bad Id,坏编号,"));
        using var log = new LogPosition(host.DataDirectory);
        var before = await log.SettledAsync();
        var (committed, problem) = await host.Coordinator.PostAsync($"/api/v1/agencies/import/{preview.Str("id")}/commit");
        var (read, _) = await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{t}-d");

        Assert.Equal(201, status);
        Assert.Equal(
            [(2, "row.unknown_parent"), (3, "row.cycle"), (4, "row.cycle"), (6, "row.duplicate_id"), (7, "row.bad"), (8, "row.bad")],
            RegistryFiles.Problems(preview));
        Assert.Equal((400, "agency.import_problems"), (committed, problem.Str("code")));
        Assert.Equal(404, read);
        Assert.True(log.Read() == before, $"refused, yet recorded: {string.Join("; ", log.Since(before))}");
    }

    [Fact]
    public async Task A_file_that_is_too_large_or_not_a_table_is_refused_whole()
    {
        var (large, tooLarge) = await RegistryFiles.UploadAsync(host.Coordinator, new byte[5 * 1024 * 1024]);
        var (headless, noHeader) = await RegistryFiles.UploadAsync(host.Coordinator, RegistryFiles.Csv("甲,乙,丙"));
        var (json, _) = await host.Coordinator.PostAsync("/api/v1/agencies/import", new { id = "x" });

        Assert.Equal((413, "agency_import.too_large"), (large, tooLarge.Str("code")));
        Assert.Equal((400, "agency_import.no_header"), (headless, noHeader.Str("code")));
        Assert.Equal(415, json);
    }

    [Fact]
    public async Task A_parent_that_would_close_a_cycle_is_refused_naming_the_agencies()
    {
        var t = Tag();
        await RegistryFiles.ImportAsync(host.Coordinator, RegistryFiles.Csv("id,name,parent_id", $"{t}-a,甲市人民政府,", $"{t}-b,乙县人民政府,{t}-a"));

        var (status, problem) = await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/agencies/{t}-a/parent", new { parent_id = $"{t}-b" });
        var (unknown, missing) = await host.Coordinator.SendAsync(HttpMethod.Put, $"/api/v1/agencies/{t}-a/parent", new { parent_id = $"{t}-zz" });
        var (_, a) = await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{t}-a");

        Assert.Equal((400, "agency.cycle", "parent_id"), (status, problem.Str("code"), problem.Str("field")));
        Assert.Contains($"{t}-a → {t}-b → {t}-a", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal((400, "agency.unknown_parent"), (unknown, missing.Str("code")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, a.GetProperty("parent_id").ValueKind);
    }

    [Fact]
    public async Task An_inspector_imports_nothing_and_an_agency_user_nothing_outside_its_own_subtree()
    {
        var t = Tag();
        await host.Coordinator.PostAsync("/api/v1/agencies", new { id = $"{t}-own", name = "本单位" });
        var agencyUser = await host.UserAsync($"u{t}", "agency", $"{t}-own");
        var file = RegistryFiles.Csv("id,name,parent_id", $"{t}-x,某县人民政府,");
        var (_, preview) = await RegistryFiles.UploadAsync(host.Admin, file);
        var (own, ownPreview) = await RegistryFiles.UploadAsync(agencyUser, file);

        Assert.Equal(201, own);
        Assert.Equal([(2, "row.outside_subtree")], RegistryFiles.Problems(ownPreview));
        Assert.Equal(400, (await agencyUser.PostAsync($"/api/v1/agencies/import/{ownPreview.Str("id")}/commit")).Status);
        Assert.Equal(403, (await RegistryFiles.UploadAsync(host.Inspector, file)).Status);
        Assert.Equal(403, (await host.Inspector.PostAsync($"/api/v1/agencies/import/{preview.Str("id")}/commit")).Status);
        // Someone else's upload is not there for an agency user.
        Assert.Equal(404, (await agencyUser.PostAsync($"/api/v1/agencies/import/{preview.Str("id")}/commit")).Status);
        Assert.Equal(404, (await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{t}-x")).Status);
    }

    private static string Tag() => $"t{Guid.NewGuid():n}"[..10];
}
