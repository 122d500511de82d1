using MiniExcelLibs;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Import;

/// <summary>A coordinator uploads a district's .xlsx task breakdown and corrects it over HTTP.</summary>
[Collection(HostCollection.Name)]
public sealed class BreakdownTableTests(HostFixture host)
{
    private static byte[] Breakdown()
    {
        var rows = new[]
        {
            new Dictionary<string, object> { ["序号"] = 1, ["工作任务"] = "推进政务服务一网通办，确保网上可办率达到98%以上", ["牵头单位"] = "区政务服务中心", ["配合单位"] = "区发改局、区司法局", ["责任领导"] = "王建国", ["完成时限"] = "2024年6月30日", ["考核分值"] = 10 },
            new Dictionary<string, object> { ["序号"] = 2, ["工作任务"] = "压缩企业开办时间", ["牵头单位"] = "区市场监管局", ["配合单位"] = "区税务局", ["责任领导"] = "李明", ["完成时限"] = "2024年9月底", ["考核分值"] = 8 },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    [Fact]
    public async Task An_xlsx_breakdown_sent_as_a_raw_body_gives_its_rows_as_items_with_leader_and_score()
    {
        var (status, body) = await host.Coordinator.UploadRawAsync(Breakdown(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "breakdown.xlsx");

        Assert.Equal(201, status);
        Assert.Equal(["1", "2"], body.Items().Select(i => i.Str("ref")));
        var first = body.Items().First();
        Assert.Equal(("王建国", 10m), (first.Str("leader"), first.GetProperty("score").GetDecimal()));
        Assert.Equal(["区政务服务中心"], first.GetProperty("lead_printed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2024-06-30", first.Str("deadline"));
    }

    [Fact]
    public async Task Splitting_an_item_of_one_part_is_refused_naming_the_edit()
    {
        var (_, body) = await host.Coordinator.UploadAsync(Breakdown(), "breakdown.xlsx");

        var (status, problem) = await host.Coordinator.SendAsync(HttpMethod.Patch, $"/api/v1/imports/{body.Str("id")}", new object[]
        {
            new { op = "split_item", item = "1" },
        });

        Assert.Equal(400, status);
        Assert.Equal("import.bad_edit", problem.Str("code"));
    }
}
