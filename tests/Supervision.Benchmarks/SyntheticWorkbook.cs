using MiniExcelLibs;

namespace Supervision.Benchmarks;

/// <summary>A district task-breakdown workbook of n rows: a category every 50 rows (blank below it, as a merged cell reads), agencies, leader, deadline, score.</summary>
public static class SyntheticWorkbook
{
    private static readonly string[] Agencies = ["区发改局", "区财政局", "区人社局", "区住建局", "区市场监管局", "区农业农村局", "区商务局", "区教育局"];

    public static byte[] Generate(int rows)
    {
        var table = Enumerable.Range(1, rows).Select(n => new Dictionary<string, object>
        {
            ["序号"] = n,
            ["类别"] = n % 50 == 1 ? $"第{(n / 50) + 1}类重点工作" : "",
            ["工作任务"] = $"推进第{n}项重点任务，完善工作机制，确保按期完成{n % 7 + 1}个项目建设",
            ["目标"] = $"新增就业岗位{n % 90 + 10}个以上",
            ["牵头单位"] = Agencies[n % Agencies.Length],
            ["配合单位"] = $"{Agencies[(n + 1) % Agencies.Length]}、{Agencies[(n + 3) % Agencies.Length]}",
            ["牵头领导"] = n % 2 == 0 ? "王建国" : "李明",
            ["完成时限"] = $"2025年{n % 12 + 1}月底",
            ["分值"] = n % 5 + 1,
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(table);
        return stream.ToArray();
    }
}
