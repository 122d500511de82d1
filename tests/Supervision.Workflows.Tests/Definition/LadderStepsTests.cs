using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Tests.Definition;

public sealed class LadderStepsTests
{
    [Fact]
    public void Steps_are_named_by_their_lowercase_word_mildest_first()
    {
        Assert.Equal(["remind", "urge", "supervise", "interview", "notice"], LadderSteps.Names);
    }

    [Fact]
    public void A_higher_step_ranks_higher_and_no_step_ranks_lowest()
    {
        Assert.Equal([5, 4, 3, 2, 1, 0, 0], new[] { "notice", "interview", "supervise", "urge", "remind", "other", null }.Select(LadderSteps.Rank));
    }

    [Fact]
    public void Every_step_but_the_reminder_costs_points()
    {
        Assert.Equal(["urge", "supervise", "interview", "notice"], LadderSteps.Escalating);
    }

    [Fact]
    public void A_name_reads_back_as_its_step_and_an_unknown_name_as_none()
    {
        Assert.All(LadderSteps.All, k => Assert.Equal(k, LadderSteps.Parse(LadderSteps.Name(k))));
        Assert.Null(LadderSteps.Parse("Urge"));
    }
}
