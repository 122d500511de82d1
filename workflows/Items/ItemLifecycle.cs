using System.Globalization;
using Stateless;
using Supervision.Workflows.Cycle;
using static Supervision.Workflows.Items.ItemStatus;
using static Supervision.Workflows.Items.ItemTrigger;

namespace Supervision.Workflows.Items;

/// <summary>
/// The lifecycle of an action item — draft, dispatched, then completed or withdrawn — as a Stateless machine over
/// the caller's status, like the assignment's cycle. Items move rarely, so a machine is built per use.
/// </summary>
public sealed class ItemLifecycle
{
    private const string LeadsCompletedGuard = "leads completed";
    private const string LeadsWithdrawnGuard = "leads withdrawn";

    private readonly StateMachine<ItemStatus, ItemTrigger> _machine;

    /// <summary>Builds the lifecycle over the caller's status storage and the facts true now.</summary>
    public ItemLifecycle(Func<ItemStatus> read, Action<ItemStatus> write, ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _machine = new StateMachine<ItemStatus, ItemTrigger>(read, write);
        Configure(_machine, facts);
    }

    /// <summary>Says whether <paramref name="trigger"/> may fire now and, if not, why.</summary>
    public CycleCheck Check(ItemTrigger trigger)
    {
        var status = _machine.State;
        if (_machine.CanFire(trigger, out var unmet))
        {
            return CycleCheck.Yes;
        }

        var code = status switch
        {
            Completed or Withdrawn => ItemCodes.Closed,
            Draft when trigger is AddAssignment or Complete or Withdraw => ItemCodes.NotDispatched,
            _ when unmet?.Contains(LeadsCompletedGuard) == true => ItemCodes.LeadsOpen,
            _ when unmet?.Contains(LeadsWithdrawnGuard) == true => ItemCodes.LeadsNotWithdrawn,
            _ => ItemCodes.AlreadyDispatched,
        };
        return CycleCheck.No(code, $"Cannot {trigger.ToString().ToLowerInvariant()} an action item that is {status.ToString().ToLowerInvariant()}.");
    }

    /// <summary>Fires <paramref name="trigger"/>, writing the new status through the caller's delegate.</summary>
    /// <exception cref="CycleRefusedException">The move is not allowed now.</exception>
    public void Fire(ItemTrigger trigger)
    {
        var check = Check(trigger);
        if (!check.Allowed)
        {
            throw new CycleRefusedException(check.Code!, check.Reason!);
        }

        _machine.Fire(trigger);
    }

    /// <summary>The lifecycle as a Mermaid <c>stateDiagram-v2</c>.</summary>
    public static string ToMermaid()
    {
        var status = Draft;
        var machine = new StateMachine<ItemStatus, ItemTrigger>(() => status, s => status = s);
        Configure(machine, ItemFacts.None);
        var text = new System.Text.StringBuilder("stateDiagram-v2\n    [*] --> Draft\n");
        foreach (var state in machine.GetInfo().States)
        {
            foreach (var t in state.FixedTransitions)
            {
                var guards = string.Join(", ", t.GuardConditionsMethodDescriptions.Select(g => g.Description));
                text.Append(CultureInfo.InvariantCulture, $"    {state.UnderlyingState} --> {t.DestinationState.UnderlyingState} : {t.Trigger.UnderlyingTrigger}")
                    .Append(guards.Length > 0 ? $" [{guards}]" : "").Append('\n');
            }
        }

        return text.Append("    Completed --> [*]\n    Withdrawn --> [*]\n").ToString();
    }

    private static void Configure(StateMachine<ItemStatus, ItemTrigger> machine, ItemFacts facts)
    {
        machine.Configure(Draft)
            .PermitReentry(Edit)
            .Permit(Dispatch, Dispatched);
        machine.Configure(Dispatched)
            .InternalTransition(AddAssignment, () => { })
            .PermitIf(Complete, Completed, () => facts.LeadsCompleted, LeadsCompletedGuard)
            .PermitIf(Withdraw, Withdrawn, () => facts.LeadsWithdrawn, LeadsWithdrawnGuard);
        machine.Configure(Completed);
        machine.Configure(Withdrawn);
    }
}
