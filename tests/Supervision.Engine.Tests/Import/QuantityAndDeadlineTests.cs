using Supervision.Engine.Import;

namespace Supervision.Engine.Tests.Import;

public class QuantityAndDeadlineTests
{
    [Theory]
    [InlineData("46万人以上", 460000, "人", ">=")]
    [InlineData("108.23万人", 1082300, "人", "=")]
    [InlineData("5.5%左右", 5.5, "%", "~")]
    [InlineData("５.５％左右", 5.5, "%", "~")]
    [InlineData("275万人次", 2750000, "人次", "=")]
    [InlineData("150万人次以上", 1500000, "人次", ">=")]
    [InlineData("增加2万个就业岗位", 20000, "个", "=")]
    [InlineData("3000名", 3000, "名", "=")]
    [InlineData("每人1000元", 1000, "元/人", "=")]
    [InlineData("4万人", 40000, "人", "=")]
    [InlineData("10万人", 100000, "人", "=")]
    [InlineData("15万元以下", 150000, "元", "<=")]
    [InlineData("不少于500人", 500, "人", ">=")]
    [InlineData("不低于90%", 90, "%", ">=")]
    [InlineData("达到1,200家", 1200, "家", ">=")]
    [InlineData("不超过3%", 3, "%", "<=")]
    [InlineData("控制在5%以内", 5, "%", "<=")]
    public void Quantities_read_value_unit_and_comparator(string text, double value, string unit, string comparator)
    {
        var quantity = QuantityParser.Parse(text);
        Assert.NotNull(quantity);
        Assert.Equal(((decimal)value, unit, comparator), (quantity.Value, quantity.Unit, quantity.Comparator.ToSymbol()));
    }

    [Theory]
    [InlineData("积极落实月销售额15万元以下的增值税小规模纳税人免征增值税")]
    [InlineData("按照每100户居民配备1人标准要求")]
    [InlineData("新职业技能人才培养等7个专项培训就业工程")]
    [InlineData("分类推进93个县(市、区)稳岗就业工作")]
    [InlineData("确保有劳动能力的家庭至少1人实现就业")]
    public void Conditions_ratios_and_list_sizes_are_not_targets(string text) =>
        Assert.Empty(QuantityParser.FindTargets(text));

    [Theory]
    [InlineData("2022年底前", 2022, 12, 31)]
    [InlineData("6月底前", 2022, 6, 30)]
    [InlineData("2023年6月30日前", 2023, 6, 30)]
    [InlineData("2022年上半年", 2022, 6, 30)]
    [InlineData("2022年第三季度", 2022, 9, 30)]
    [InlineData("年内", 2022, 12, 31)]
    [InlineData("年底前", 2022, 12, 31)]
    public void Deadlines_take_a_missing_year_from_the_document(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DeadlineParser.Parse(text, 2022)?.Due);

    [Fact]
    public void A_period_has_a_start_and_an_end()
    {
        var deadline = DeadlineParser.Parse("2019年1月1日至12月31日", null);
        Assert.Equal((new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)), (deadline?.From, deadline?.Due));
    }

    [Fact]
    public void Ongoing_work_and_an_unknown_year_have_no_date()
    {
        Assert.Null(DeadlineParser.Parse("长期坚持", 2022)?.Due);
        Assert.Null(DeadlineParser.Parse("6月底前", null)?.Due);
        Assert.Null(DeadlineParser.FindInProse("年内完成各项工作", 2022));
        Assert.Equal(new DateOnly(2022, 6, 30), DeadlineParser.FindInProse("各地于6月底前完成摸底", 2022)?.Due);
    }
}
