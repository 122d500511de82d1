using Supervision.Engine.Plans;
using Supervision.Engine.Targets;

namespace Supervision.Engine.Tests.Targets;

public sealed class IndicatorNameTests
{
    [Theory]
    [InlineData("实现城镇新增就业46万人以上", "城镇新增就业")]
    [InlineData("城镇调查失业率控制在5.5%左右", "城镇调查失业率")]
    [InlineData("实现新增创业4万人", "新增创业")]
    [InlineData("增加2万个就业岗位吸纳劳动者就业", "就业岗位")]
    [InlineData("开展各类职业技能培训150万人次以上", "职业技能培训")]
    [InlineData("农村劳动力转移就业275万人次以上", "农村劳动力转移就业")]
    public void A_targets_indicator_name_is_the_words_of_its_text_without_the_number_and_verbs(string text, string name) =>
        Assert.Equal(name, IndicatorNames.Of(new Target(text, 1, null, ">=")));

    [Fact]
    public void A_stated_name_wins_over_the_text() =>
        Assert.Equal("高校毕业生就业", IndicatorNames.Of(new Target("高校毕业生就业10万人", 100000, "人", ">=", Name: "高校毕业生就业")));

    [Theory]
    [InlineData("%", null, "latest")]
    [InlineData("人", null, "sum")]
    [InlineData("%", "mean", "mean")]
    public void A_rate_rolls_up_by_its_latest_value_unless_the_target_says_otherwise(string unit, string? stated, string expected) =>
        Assert.Equal(expected, Aggregations.Of(new Target("x", 1, unit, "~", Aggregation: stated)));

    [Fact]
    public void The_elapsed_share_counts_from_the_first_days_midnight_in_the_offices_zone()
    {
        var beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var year = new PlanPeriod(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));

        Assert.Equal(0.4932m, year.ElapsedShare(new DateTimeOffset(2022, 6, 30, 0, 0, 0, TimeSpan.FromHours(8)), beijing));
        Assert.Equal(0m, year.ElapsedShare(new DateTimeOffset(2021, 12, 31, 23, 0, 0, TimeSpan.FromHours(8)), beijing));
        Assert.Equal(1m, year.ElapsedShare(new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), beijing));
    }
}
