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
    public void The_table_covers_every_status_and_trigger_pair()
    {
        var pairs = AllCombinations()
            .Select(row => ((AssignmentStatus)row[0], (CycleTrigger)row[1]))
            .ToHashSet();

        Assert.Equal(Enum.GetValues<AssignmentStatus>().Length * Enum.GetValues<CycleTrigger>().Length, pairs.Count);
    }
}
