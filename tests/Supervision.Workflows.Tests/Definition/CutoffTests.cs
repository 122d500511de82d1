using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Tests.Definition;

public sealed class CutoffTests
{
    [Fact]
    public void A_definition_without_a_cut_off_ends_its_days_at_the_end_of_the_day() =>
        Assert.Null(DefinitionLoader.Parse(InlineDefinitions.Valid).Cutoff);

    [Fact]
    public void A_cut_off_of_18_00_is_read_as_a_time_of_day() =>
        Assert.Equal(new TimeOnly(18, 0), DefinitionLoader.Parse(InlineDefinitions.With("title: 标准督办流程\n", "title: 标准督办流程\ncutoff: \"18:00\"\n")).Cutoff);

    [Fact]
    public void A_cut_off_that_is_not_a_time_of_day_is_refused_with_its_line()
    {
        var error = Assert.Throws<DefinitionException>(() => DefinitionLoader.Parse(InlineDefinitions.With("title: 标准督办流程\n", "title: 标准督办流程\ncutoff: 25:00\n"), "x.yaml"));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(4, problem.Line);
        Assert.Contains("'cutoff' must be a time of day such as '18:00'", problem.Message, StringComparison.Ordinal);
    }
}
