using Supervision.Workflows.Cycle;

namespace Supervision.Workflows.Tests.Cycle;

public sealed class TransitionTableTests
{
    /// <summary>Every status × trigger × role × facts combination: 10 × 14 × 8 = 1120 cases.</summary>
    public static TheoryData<AssignmentStatus, CycleTrigger, AssignmentRole, bool, bool> AllCombinations()
    {
        var data = new TheoryData<AssignmentStatus, CycleTrigger, AssignmentRole, bool, bool>();
        foreach (var status in Enum.GetValues<AssignmentStatus>())
        {
            foreach (var trigger in Enum.GetValues<CycleTrigger>())
            {
                foreach (var role in Enum.GetValues<AssignmentRole>())
                {
                    foreach (var settled in new[] { false, true })
                    {
                        foreach (var pending in new[] { false, true })
                        {
                            data.Add(status, trigger, role, settled, pending);
                        }
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Every_move_is_allowed_or_refused_exactly_as_the_table_says(
        AssignmentStatus status, CycleTrigger trigger, AssignmentRole role, bool cooperatorsSettled, bool hasPendingReport)
    {
        var facts = new CycleFacts(role, cooperatorsSettled, hasPendingReport);
        var harness = new CycleHarness(status, facts);
        var (target, code) = ExpectedCycle.Outcome(status, trigger, facts);

        var check = harness.Cycle.Check(trigger);

        if (target is { } expected)
        {
            Assert.True(check.Allowed, $"{status} --{trigger}--> expected allowed, refused with {check.Code}: {check.Reason}");
            Assert.Contains(trigger, harness.Cycle.PermittedTriggers);
            harness.Cycle.Fire(trigger);
            Assert.Equal(expected, harness.Status);
        }
        else
        {
            Assert.False(check.Allowed, $"{status} --{trigger}--> expected refused with {code}");
            Assert.Equal(code, check.Code);
            Assert.False(string.IsNullOrWhiteSpace(check.Reason));
            Assert.DoesNotContain(trigger, harness.Cycle.PermittedTriggers);
            var refused = Assert.Throws<CycleRefusedException>(() => harness.Cycle.Fire(trigger));
            Assert.Equal(code, refused.Code);
            Assert.Equal(status, harness.Status);
        }
    }

    [Fact]
    public void The_exported_diagram_shows_every_status_change_the_table_allows()
    {
        var diagram = AssignmentCycle.ToMermaid();
        var lead = new CycleFacts(AssignmentRole.Lead, CooperatorsSettled: true, HasPendingReport: true);
        var cooperating = lead with { Role = AssignmentRole.Cooperating };

        foreach (var status in Enum.GetValues<AssignmentStatus>())
        {
            foreach (var trigger in Enum.GetValues<CycleTrigger>())
            {
                foreach (var facts in new[] { lead, cooperating })
                {
                    if (ExpectedCycle.Outcome(status, trigger, facts).Target is { } target && target != status)
                    {
                        Assert.Contains($"{status} --> {target} : {trigger}", diagram, StringComparison.Ordinal);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_closed_statuses_are_exactly_those_the_table_refuses_everything_in()
    {
        var facts = new CycleFacts(AssignmentRole.Lead, true, true);
        var refusingAll = Enum.GetValues<AssignmentStatus>()
            .Where(s => Enum.GetValues<CycleTrigger>().All(t => ExpectedCycle.Outcome(s, t, facts).Code == CycleCodes.Terminal))
            .ToHashSet();

        Assert.Equal(refusingAll, AssignmentCycle.Closed.ToHashSet());
    }

    [Theory]
    [InlineData(CycleTrigger.Acknowledge, CycleParty.Agency)]
    [InlineData(CycleTrigger.Dispute, CycleParty.Agency)]
    [InlineData(CycleTrigger.SubmitReport, CycleParty.Agency)]
    [InlineData(CycleTrigger.Contribute, CycleParty.Agency)]
    [InlineData(CycleTrigger.SubmitCompletion, CycleParty.Agency)]
    [InlineData(CycleTrigger.RejectDispute, CycleParty.Office)]
    [InlineData(CycleTrigger.UpholdDisputeWithdraw, CycleParty.Office)]
    [InlineData(CycleTrigger.UpholdDisputeReassign, CycleParty.Office)]
    [InlineData(CycleTrigger.AcceptReport, CycleParty.Office)]
    [InlineData(CycleTrigger.ReturnReport, CycleParty.Office)]
    [InlineData(CycleTrigger.Waive, CycleParty.Office)]
    [InlineData(CycleTrigger.ApproveCompletion, CycleParty.Office)]
    [InlineData(CycleTrigger.ReturnCompletion, CycleParty.Office)]
    [InlineData(CycleTrigger.Withdraw, CycleParty.Office)]
    public void Each_move_is_made_by_one_side(CycleTrigger trigger, CycleParty party) =>
        Assert.Equal(party, AssignmentCycle.PartyOf(trigger));
}
