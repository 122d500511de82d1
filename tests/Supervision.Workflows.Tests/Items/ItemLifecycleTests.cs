using Supervision.Workflows.Cycle;
using Supervision.Workflows.Items;
using static Supervision.Workflows.Items.ItemStatus;
using static Supervision.Workflows.Items.ItemTrigger;

namespace Supervision.Workflows.Tests.Items;

public sealed class ItemLifecycleTests
{
    public static TheoryData<ItemStatus, ItemTrigger, bool, bool> AllCombinations()
    {
        var data = new TheoryData<ItemStatus, ItemTrigger, bool, bool>();
        foreach (var status in Enum.GetValues<ItemStatus>())
        {
            foreach (var trigger in Enum.GetValues<ItemTrigger>())
            {
                foreach (var completed in new[] { false, true })
                {
                    foreach (var withdrawn in new[] { false, true })
                    {
                        data.Add(status, trigger, completed, withdrawn);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Every_item_move_is_allowed_or_refused_exactly_as_the_table_says(ItemStatus status, ItemTrigger trigger, bool leadsCompleted, bool leadsWithdrawn)
    {
        var current = status;
        var lifecycle = new ItemLifecycle(() => current, s => current = s, new ItemFacts(leadsCompleted, leadsWithdrawn));
        var (target, code) = Expected(status, trigger, leadsCompleted, leadsWithdrawn);

        var check = lifecycle.Check(trigger);

        if (target is { } expected)
        {
            Assert.True(check.Allowed, $"{status} --{trigger}--> expected allowed, refused with {check.Code}");
            lifecycle.Fire(trigger);
            Assert.Equal(expected, current);
        }
        else
        {
            Assert.Equal((false, code), (check.Allowed, check.Code));
            Assert.Throws<CycleRefusedException>(() => lifecycle.Fire(trigger));
            Assert.Equal(status, current);
        }
    }

    [Fact]
    public void The_diagram_shows_every_move_the_table_allows()
    {
        var diagram = ItemLifecycle.ToMermaid();

        foreach (var status in Enum.GetValues<ItemStatus>())
        {
            foreach (var trigger in Enum.GetValues<ItemTrigger>())
            {
                if (Expected(status, trigger, true, true).Target is { } target && trigger is not (Edit or AddAssignment))
                {
                    Assert.Contains($"{status} --> {target} : {trigger}", diagram, StringComparison.Ordinal);
                }
            }
        }
    }

    // Written out from the specification, independently of the machine.
    private static (ItemStatus? Target, string? Code) Expected(ItemStatus status, ItemTrigger trigger, bool leadsCompleted, bool leadsWithdrawn) => (status, trigger) switch
    {
        (Completed or ItemStatus.Withdrawn, _) => (null, ItemCodes.Closed),
        (Draft, Edit) => (Draft, null),
        (Draft, Dispatch) => (Dispatched, null),
        (Draft, _) => (null, ItemCodes.NotDispatched),
        (Dispatched, Edit or Dispatch) => (null, ItemCodes.AlreadyDispatched),
        (Dispatched, AddAssignment) => (Dispatched, null),
        (Dispatched, Complete) => leadsCompleted ? (Completed, null) : (null, ItemCodes.LeadsOpen),
        (Dispatched, ItemTrigger.Withdraw) => leadsWithdrawn ? (ItemStatus.Withdrawn, null) : (null, ItemCodes.LeadsNotWithdrawn),
        _ => throw new InvalidOperationException($"no expectation for {status} {trigger}"),
    };
}
