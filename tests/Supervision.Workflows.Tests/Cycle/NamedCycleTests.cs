using Supervision.Workflows.Cycle;

namespace Supervision.Workflows.Tests.Cycle;

public sealed class NamedCycleTests
{
    [Fact]
    public void Acknowledging_twice_is_refused_because_the_assignment_is_already_in_progress()
    {
        var harness = CycleHarness.Lead(AssignmentStatus.Dispatched);
        harness.Cycle.Fire(CycleTrigger.Acknowledge);

        var refused = Assert.Throws<CycleRefusedException>(() => harness.Cycle.Fire(CycleTrigger.Acknowledge));

        Assert.Equal(CycleCodes.NotAllowedInState, refused.Code);
        Assert.Equal("Cannot acknowledge: the assignment is already in progress.", refused.Reason);
        Assert.Equal(AssignmentStatus.InProgress, harness.Status);
    }

    [Fact]
    public void Report_before_acknowledging_is_refused()
    {
        var check = CycleHarness.Lead(AssignmentStatus.Dispatched).Cycle.Check(CycleTrigger.SubmitReport);

        Assert.False(check.Allowed);
        Assert.Equal(CycleCodes.NotAllowedInState, check.Code);
        Assert.Equal("Cannot submit a report: the assignment has not been acknowledged yet.", check.Reason);
    }

    [Fact]
    public void Approving_a_completion_never_submitted_is_refused()
    {
        var check = CycleHarness.Lead(AssignmentStatus.InProgress).Cycle.Check(CycleTrigger.ApproveCompletion);

        Assert.Equal(CycleCodes.NotAllowedInState, check.Code);
        Assert.Contains("approve completion", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_allowed_on_a_withdrawn_assignment()
    {
        var cycle = CycleHarness.Lead(AssignmentStatus.Withdrawn, hasPendingReport: true).Cycle;

        Assert.Empty(cycle.PermittedTriggers);
        Assert.All(Enum.GetValues<CycleTrigger>(), t =>
        {
            var check = cycle.Check(t);
            Assert.Equal(CycleCodes.Terminal, check.Code);
            Assert.Contains("withdrawn", check.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Lead_cannot_submit_completion_while_cooperators_are_pending()
    {
        var harness = CycleHarness.Lead(AssignmentStatus.InProgress, cooperatorsSettled: false);

        var refused = Assert.Throws<CycleRefusedException>(() => harness.Cycle.Fire(CycleTrigger.SubmitCompletion));

        Assert.Equal(CycleCodes.CooperatorsPending, refused.Code);
        Assert.Equal(AssignmentStatus.InProgress, harness.Status);
    }

    [Fact]
    public void Cooperating_agency_cannot_submit_completion_and_contributes_instead()
    {
        var harness = CycleHarness.Cooperating(AssignmentStatus.InProgress);

        Assert.Equal(CycleCodes.NotLead, harness.Cycle.Check(CycleTrigger.SubmitCompletion).Code);
        harness.Cycle.Fire(CycleTrigger.Contribute);
        Assert.Equal(AssignmentStatus.Contributed, harness.Status);
    }

    [Fact]
    public void Returned_completion_can_be_resubmitted_and_approved()
    {
        var harness = CycleHarness.Lead(AssignmentStatus.Dispatched);

        foreach (var move in new[] { CycleTrigger.Acknowledge, CycleTrigger.SubmitCompletion, CycleTrigger.ReturnCompletion, CycleTrigger.SubmitReport, CycleTrigger.SubmitCompletion, CycleTrigger.ApproveCompletion })
        {
            harness.Cycle.Fire(move);
        }

        Assert.Equal(AssignmentStatus.Completed, harness.Status);
        Assert.False(AssignmentCycle.IsOpen(harness.Status));
    }

    [Fact]
    public void Only_the_five_end_states_are_closed()
    {
        var closed = Enum.GetValues<AssignmentStatus>().Where(s => !AssignmentCycle.IsOpen(s));

        Assert.Equal(
            [AssignmentStatus.Completed, AssignmentStatus.Contributed, AssignmentStatus.Waived, AssignmentStatus.Withdrawn, AssignmentStatus.Reassigned],
            closed);
    }

    [Fact]
    public void Mermaid_export_is_a_state_diagram_naming_every_state()
    {
        var mermaid = AssignmentCycle.ToMermaid();

        Assert.StartsWith("stateDiagram-v2", mermaid.TrimStart(), StringComparison.Ordinal);
        Assert.All(Enum.GetValues<AssignmentStatus>(), s => Assert.Contains(s.ToString(), mermaid, StringComparison.Ordinal));
        Assert.Contains("InProgress --> UnderReview", mermaid, StringComparison.Ordinal);
        Assert.Contains("Withdrawn --> [*]", mermaid, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "办理中", "签收")]
    [InlineData("zh", "办理中", "签收")]
    [InlineData("en", "In progress", "Acknowledge")]
    public void Labels_follow_the_culture(string culture, string status, string trigger)
    {
        Assert.Equal(status, CycleLabels.Status(AssignmentStatus.InProgress, culture));
        Assert.Equal(trigger, CycleLabels.Trigger(CycleTrigger.Acknowledge, culture));
    }
}
