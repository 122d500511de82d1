using System.Globalization;
using System.Text;

namespace Supervision.Tests.Shared;

/// <summary>
/// Generates a plan document shaped like the seed (covering notice, sections of up to ten items with
/// labelled agency lines, targets) with any number of items: for the benchmark and load tests.
/// </summary>
public static class SyntheticPlan
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private static readonly string[] Leads =
    [
        "自治区人力资源和社会保障厅、商务厅", "自治区工信厅、自治区发展改革委", "新疆税务局", "自治区教育厅", "自治区总工会、民政厅",
        "自治区农业农村厅", "自治区市场监督管理局、税务局、自然资源厅", "自治区科学技术厅",
    ];

    /// <summary>A document with <paramref name="items"/> action items, deterministic for a given count.</summary>
    public static string Generate(int items)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        var text = new StringBuilder();
        text.Append("关于印发《2022年自治区合成测试实施方案》的通知\n各成员单位:\n现印发你们,请认真抓好落实。\n2022年3月24日\n");
        text.Append("2022年自治区合成测试实施方案\n一、总体要求\n(一)工作目标\n实现城镇新增就业46万人以上,城镇调查失业率控制在5.5%左右。\n");
        for (var i = 0; i < items; i++)
        {
            var section = (i / 10) + 1;
            if (i % 10 == 0)
            {
                text.Append(Numeral(section + 1)).Append("、第").Append(section.ToString(CultureInfo.InvariantCulture)).Append("组重点任务\n");
            }

            var n = i + 1;
            text.Append('(').Append(Numeral((i % 10) + 1)).Append(")实施第").Append(n.ToString(CultureInfo.InvariantCulture))
                .Append("项促就业行动。围绕重点群体开展服务,增加").Append(((n % 9) + 1).ToString(CultureInfo.InvariantCulture))
                .Append("万个就业岗位,组织对符合条件的").Append((n * 10).ToString(CultureInfo.InvariantCulture))
                .Append("名劳动者开展培训,").Append(((n % 12) + 1).ToString(CultureInfo.InvariantCulture)).Append("月底前完成。\n");
            text.Append("牵头单位:").Append(Leads[i % Leads.Length]).Append('\n');
            text.Append("配合单位:自治区就业工作领导小组相关成员单位、各地(州、市)人民政府(行政公署)\n");
        }

        return text.ToString();
    }

    // 1..99 in Chinese numerals: 十一, 二十, 二十三.
    private static string Numeral(int n) => n switch
    {
        <= 10 => Numerals[n - 1],
        < 20 => "十" + Numerals[(n % 10) - 1],
        _ => Numerals[(n / 10) - 1] + "十" + (n % 10 == 0 ? "" : Numerals[(n % 10) - 1]),
    };
}
