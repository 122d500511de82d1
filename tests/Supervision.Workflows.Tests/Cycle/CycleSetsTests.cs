using Supervision.Workflows.Cycle;
using static Supervision.Workflows.Cycle.AssignmentStatus;
using static Supervision.Workflows.Cycle.CycleTrigger;

namespace Supervision.Workflows.Tests.Cycle;

public sealed class CycleSetsTests
{
    [Fact]
    public void The_open_statuses_are_every_status_the_cycle_does_not_close()
    {
        Assert.Equal([Dispatched, Disputed, InProgress, UnderReview, Rework], AssignmentCycle.Open.Order());
        Assert.Empty(AssignmentCycle.Open.Intersect(AssignmentCycle.Closed));
    }

    [Fact]
    public void Only_completed_and_contributed_count_as_done()
    {
        Assert.Equal([Completed, Contributed], AssignmentCycle.Done.Order());
        Assert.Subset(AssignmentCycle.Closed.ToHashSet(), AssignmentCycle.Done.ToHashSet());
    }

    [Fact]
    public void Reports_are_taken_in_progress_and_in_rework_only()
    {
        Assert.Equal([InProgress, Rework], AssignmentCycle.StatusesAllowing(SubmitReport).Order());
    }

    [Theory]
    [InlineData(Withdraw, true)]
    [InlineData(Waive, true)]
    [InlineData(UpholdDisputeWithdraw, true)]
    [InlineData(UpholdDisputeReassign, true)]
    [InlineData(ApproveCompletion, false)]
    [InlineData(Contribute, false)]
    [InlineData(Acknowledge, false)]
    [InlineData(RejectDispute, false)]
    public void A_move_ends_the_work_undone_only_when_it_takes_the_assignment_away(CycleTrigger trigger, bool endsUndone)
    {
        Assert.Equal(endsUndone, AssignmentCycle.EndsUndone(trigger));
    }
}
