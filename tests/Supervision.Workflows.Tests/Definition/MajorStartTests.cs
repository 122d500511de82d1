using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Tests.Definition;

public sealed class MajorStartTests
{
    [Fact]
    public void A_major_item_starts_at_supervision_unless_the_definition_says_otherwise()
    {
        Assert.Equal(EscalationStepKind.Supervise, DefinitionLoader.Parse(InlineDefinitions.Valid).MajorStartsAt);
        Assert.Equal(
            EscalationStepKind.Urge,
            DefinitionLoader.Parse(InlineDefinitions.With("title: 标准督办流程\n", "title: 标准督办流程\nmajor_starts_at: urge\n")).MajorStartsAt);
    }

    [Theory]
    [InlineData("remind")]
    [InlineData("nonsense")]
    public void A_start_that_is_not_an_overdue_step_of_the_ladder_is_refused_with_its_line(string step)
    {
        var error = Assert.Throws<DefinitionException>(
            () => DefinitionLoader.Parse(InlineDefinitions.With("title: 标准督办流程\n", $"title: 标准督办流程\nmajor_starts_at: {step}\n"), "x.yaml"));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(4, problem.Line);
        Assert.Contains("'major_starts_at' must name a step of this ladder after the due time", problem.Message, StringComparison.Ordinal);
    }
}
