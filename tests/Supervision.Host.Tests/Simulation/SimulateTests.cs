using System.Net.Http.Json;
using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Simulation;

/// <summary>The <c>simulate</c> verb as an operator runs it, on a small plan document, and its store opened by the host.</summary>
public sealed class SimulateTests
{
    private const string Plan = """
        关于印发《2022年自治区模拟测试实施方案》的通知
        各成员单位:
        现印发你们,请认真抓好落实。
        2022年3月24日
        2022年自治区模拟测试实施方案
        一、总体要求
        (一)工作目标
        实现城镇新增就业46万人以上。
        二、重点任务
        (一)实施产业发展带动就业行动。以产业园区为载体增加就业岗位,6月底前完成。
        牵头单位:自治区人力资源和社会保障厅
        配合单位:自治区财政厅
        (二)实施税收服务工程。开展政策宣传辅导,9月底前完成。
        牵头单位:新疆税务局
        配合单位:自治区商务厅
        (三)实施创业带动就业行动。组织创业培训,10月底前完成。
        牵头单位:自治区教育厅
        """;

    [Fact]
    public async Task Silent_agencies_climb_the_whole_ladder_punctual_ones_are_not_even_reminded_and_the_host_opens_the_store()
    {
        var folder = Directory.CreateTempSubdirectory("supervision-sim-").FullName;
        var document = Path.Combine(folder, "plan.txt");
        await File.WriteAllTextAsync(document, Plan);

        var punctual = await SimulateAsync(document, "punctual", Path.Combine(folder, "punctual"));
        var someLate = await SimulateAsync(document, "some-late", Path.Combine(folder, "some-late"));
        var silent = await SimulateAsync(document, "silent", Path.Combine(folder, "silent"));

        // Five assignments (three leads, two cooperators); silent ones each climb all five rungs on their acknowledgement.
        Assert.Equal(5, silent.GetProperty("assignments").GetInt32());
        Assert.Equal(
            new Dictionary<string, int> { ["remind"] = 5, ["urge"] = 5, ["supervise"] = 5, ["interview"] = 5, ["notice"] = 5 },
            Counts(silent.GetProperty("escalations_by_step")));
        Assert.Equal(5, Counts(silent.GetProperty("escalations_by_agency")).Count);
        Assert.Contains("新疆税务局", Counts(silent.GetProperty("escalations_by_agency")).Keys);
        Assert.Equal(0, silent.GetProperty("on_time_rate").GetDouble());

        Assert.Empty(Counts(punctual.GetProperty("escalations_by_step")));
        Assert.Equal(1, punctual.GetProperty("on_time_rate").GetDouble());
        Assert.Equal(3, punctual.GetProperty("completed").GetInt32());

        // Late agencies that acknowledged go on to owe reports, so they may climb more ladders than silent ones.
        Assert.NotEmpty(Counts(someLate.GetProperty("escalations_by_step")));
        Assert.InRange(someLate.GetProperty("on_time_rate").GetDouble(), 0.01, 0.99);

        // The host starts on the simulation's folder (its clock held still) and shows the plan with its items.
        await using var host = new OwnHost(Path.Combine(folder, "punctual"), "--Supervision:Deadlines:Enabled=false");
        await host.StartAsync();
        using var coordinator = await host.UserAsync("coord", "coordinator", null);
        var plan = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{punctual.GetProperty("plan_id").GetString()}");
        Assert.Equal(3, plan.GetProperty("item_ids").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_profile_is_refused_with_exit_2_naming_the_profiles()
    {
        var (exit, _, err) = await CliProcess.RunAsync(null, "simulate", "--plan", "p-none", "--profile", "lazy");

        Assert.Equal(2, exit);
        Assert.Contains("punctual, some-late, silent", err, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> SimulateAsync(string document, string profile, string folder)
    {
        var (exit, output, error) = await CliProcess.RunAsync(
            TimeSpan.FromMinutes(3), null, "simulate", "--plan", document, "--from", "2022-04-01", "--to", "2022-12-31", "--profile", profile, "--seed", "3", "--json", "--out", folder);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(folder, "supervision.db")));
        var last = output.TrimEnd().Split('\n')[^1];
        return JsonDocument.Parse(last).RootElement;
    }

    private static Dictionary<string, int> Counts(JsonElement counts) =>
        counts.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
}
