using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Tests.Definition;

public sealed class SpanTests
{
    [Theory]
    [InlineData("3 working days", 3, SpanUnit.WorkingDays, "3 working days")]
    [InlineData("+1 working day", 1, SpanUnit.WorkingDays, "1 working day")]
    [InlineData("-2 working days", -2, SpanUnit.WorkingDays, "-2 working days")]
    [InlineData("−2 working days", -2, SpanUnit.WorkingDays, "-2 working days")]
    [InlineData("3 个工作日", 3, SpanUnit.WorkingDays, "3 working days")]
    [InlineData("3个工作日", 3, SpanUnit.WorkingDays, "3 working days")]
    [InlineData("10 days", 10, SpanUnit.Days, "10 days")]
    [InlineData("10 天", 10, SpanUnit.Days, "10 days")]
    [InlineData("48 hours", 48, SpanUnit.Hours, "48 hours")]
    [InlineData("1 month", 1, SpanUnit.Months, "1 month")]
    [InlineData("2 weeks", 2, SpanUnit.Weeks, "2 weeks")]
    [InlineData("monthly", 1, SpanUnit.Months, "1 month")]
    [InlineData("quarterly", 3, SpanUnit.Months, "3 months")]
    [InlineData("weekly", 1, SpanUnit.Weeks, "1 week")]
    [InlineData("  5 Working Days ", 5, SpanUnit.WorkingDays, "5 working days")]
    public void Spans_parse_to_amount_and_unit_and_print_canonically(string text, int amount, SpanUnit unit, string canonical)
    {
        var span = Span.Parse(text);

        Assert.Equal(new Span(amount, unit), span);
        Assert.Equal(canonical, span.ToString());
        Assert.Equal(span, Span.Parse(span.ToString()));
    }

    [Fact]
    public void Every_unit_and_sign_round_trips_through_its_text()
    {
        foreach (var unit in Enum.GetValues<SpanUnit>())
        {
            foreach (var amount in new[] { -20, -1, 0, 1, 2, 365 })
            {
                var span = new Span(amount, unit);
                Assert.Equal(span, Span.Parse(span.ToString()));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("soon")]
    [InlineData("3")]
    [InlineData("working days")]
    [InlineData("3 wrking days")]
    [InlineData("3.5 days")]
    [InlineData("--3 days")]
    [InlineData("3 days later")]
    [InlineData("99999999999 days")]
    public void Garbage_is_not_a_span(string? text)
    {
        Assert.False(Span.TryParse(text, out _));
    }

    [Fact]
    public void Parse_failure_says_what_would_be_accepted()
    {
        var error = Assert.Throws<FormatException>(() => Span.Parse("fortnight"));

        Assert.Contains("'fortnight' is not a span of time", error.Message, StringComparison.Ordinal);
        Assert.Contains("'3 working days'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_days_sort_between_calendar_days_and_weeks_when_ordering_mixed_units()
    {
        Assert.True(Span.Parse("5 days").ApproximateHours < Span.Parse("5 working days").ApproximateHours);
        Assert.True(Span.Parse("5 working days").ApproximateHours < Span.Parse("1 week").ApproximateHours * 2);
        Assert.True(Span.Parse("-2 working days").IsNegative);
    }
}
