using Stateless;
using Stateless.Graph;

namespace Supervision.Workflows.Cycle;

/// <summary>
/// The supervision cycle of one assignment: the only place that decides which move may happen
/// in which status. The status lives with the caller (a grain's state) and is read and written
/// through delegates; the machine has no side effects of its own, so the caller raises events
/// after a successful <see cref="Fire"/>. Facts are fixed for the instance: build a new cycle for each
/// command, which is cheap, rather than keeping one while the facts change underneath it.
/// </summary>
public sealed class AssignmentCycle
{
    // Configuring a Stateless machine costs far more than firing it (reflection over every guard and action),
    // so each thread configures one machine once and points it at the cycle in hand for the length of a call.
    // Calls are synchronous and the machine has no entry/exit actions, so a thread never needs two at once.
    [ThreadStatic]
    private static Bound? t_bound;

    private readonly Func<AssignmentStatus> _read;
    private readonly Action<AssignmentStatus> _write;
    private readonly CycleFacts _facts;

    /// <summary>Builds the cycle over the caller's status storage and the facts true right now.</summary>
    public AssignmentCycle(Func<AssignmentStatus> read, Action<AssignmentStatus> write, CycleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(facts);
        (_read, _write, _facts) = (read, write, facts);
    }

    /// <summary>The current status, as read from the caller's storage.</summary>
    public AssignmentStatus Status => _read();

    /// <summary>The moves allowed now, in declaration order of <see cref="CycleTrigger"/>.</summary>
    /// <remarks>Derived from <see cref="Check"/> so the list and the refusals can never disagree.</remarks>
    public IReadOnlyList<CycleTrigger> PermittedTriggers =>
        [.. Enum.GetValues<CycleTrigger>().Where(t => Check(t).Allowed)];

    /// <summary>The statuses an assignment never leaves: completed, contributed, waived, withdrawn, reassigned.</summary>
    public static IReadOnlySet<AssignmentStatus> Closed => CycleRules.Terminals;

    /// <summary>The statuses an assignment can still move from: every status not in <see cref="Closed"/>.</summary>
    public static IReadOnlySet<AssignmentStatus> Open { get; } =
        Enum.GetValues<AssignmentStatus>().Where(s => !CycleRules.Terminals.Contains(s)).ToHashSet();

    /// <summary>The closed statuses that mean the work was done: completed, contributed.</summary>
    public static IReadOnlySet<AssignmentStatus> Done => CycleRules.Done;

    /// <summary>The statuses <paramref name="trigger"/> may fire from, under some facts (for example reports: in progress, rework).</summary>
    public static IReadOnlySet<AssignmentStatus> StatusesAllowing(CycleTrigger trigger) => CycleMoves.From[trigger];

    /// <summary>
    /// True when <paramref name="trigger"/> closes the assignment without the work being done (withdrawn, waived, handed on):
    /// what it still owed is cancelled rather than met, and nothing falls due after.
    /// </summary>
    public static bool EndsUndone(CycleTrigger trigger) => CycleMoves.To[trigger].Any(s => Closed.Contains(s) && !Done.Contains(s));

    /// <summary>Who makes <paramref name="trigger"/>: the assigned agency or the office.</summary>
    public static CycleParty PartyOf(CycleTrigger trigger) => CycleRules.PartyOf(trigger);

    /// <summary>The moves <paramref name="party"/> may make now.</summary>
    public IReadOnlyList<CycleTrigger> PermittedFor(CycleParty party) =>
        [.. PermittedTriggers.Where(t => CycleRules.PartyOf(t) == party)];

    /// <summary>True while the assignment can still move; false once it is completed, contributed, waived, withdrawn or reassigned.</summary>
    public static bool IsOpen(AssignmentStatus status) => !CycleRules.Terminals.Contains(status);

    /// <summary>Says whether <paramref name="trigger"/> may fire now and, if not, why.</summary>
    public CycleCheck Check(CycleTrigger trigger)
    {
        var status = _read();
        if (!IsOpen(status))
        {
            return Refuse(CycleCodes.Terminal, trigger, status);
        }

        ICollection<string>? unmet = null;
        if (With(machine => machine.CanFire(trigger, out unmet)))
        {
            return CycleCheck.Yes;
        }

        // Stateless reports unmet guards by description; the first in priority order names the refusal.
        // No unmet guard means the trigger is not configured for this status at all.
        var guard = unmet is null ? null : CycleGuard.All.FirstOrDefault(g => unmet.Contains(g.Description));
        return Refuse(guard?.Code ?? CycleCodes.NotAllowedInState, trigger, status);
    }

    /// <summary>Fires <paramref name="trigger"/>, writing the new status through the caller's delegate.</summary>
    /// <exception cref="CycleRefusedException">The move is not allowed now.</exception>
    public void Fire(CycleTrigger trigger)
    {
        var check = Check(trigger);
        if (!check.Allowed)
        {
            throw new CycleRefusedException(check.Code!, check.Reason!);
        }

        With(machine =>
        {
            machine.Fire(trigger);
            return true;
        });
    }

    /// <summary>The whole machine as a Mermaid <c>stateDiagram-v2</c>, named guards shown in brackets.</summary>
    public static string ToMermaid() => CycleDiagram.Mermaid(DescribeMachine().GetInfo());

    /// <summary>The whole machine as a Graphviz DOT graph.</summary>
    public static string ToDot() => UmlDotGraph.Format(DescribeMachine().GetInfo());

    private static CycleCheck Refuse(string code, CycleTrigger trigger, AssignmentStatus status) =>
        CycleCheck.No(code, CycleReasons.For(code, trigger, status));

    private static StateMachine<AssignmentStatus, CycleTrigger> DescribeMachine()
    {
        // Guards are only described, never evaluated, when exporting: any facts will do.
        var machine = new StateMachine<AssignmentStatus, CycleTrigger>(AssignmentStatus.Dispatched);
        var facts = new CycleFacts(AssignmentRole.Lead, CooperatorsSettled: true, HasPendingReport: false);
        CycleRules.Configure(machine, () => facts);
        return machine;
    }

    private T With<T>(Func<StateMachine<AssignmentStatus, CycleTrigger>, T> use)
    {
        var bound = t_bound ??= new Bound();
        var (read, write, facts) = (bound.Read, bound.Write, bound.Facts);
        (bound.Read, bound.Write, bound.Facts) = (_read, _write, _facts);
        try
        {
            return use(bound.Machine);
        }
        finally
        {
            (bound.Read, bound.Write, bound.Facts) = (read, write, facts);
        }
    }

    /// <summary>A thread's configured machine and the cycle it currently serves.</summary>
    private sealed class Bound
    {
        public Bound()
        {
            Machine = new StateMachine<AssignmentStatus, CycleTrigger>(() => Read(), s => Write(s));
            CycleRules.Configure(Machine, () => Facts);
        }

        public StateMachine<AssignmentStatus, CycleTrigger> Machine { get; }

        public Func<AssignmentStatus> Read { get; set; } = () => AssignmentStatus.Dispatched;

        public Action<AssignmentStatus> Write { get; set; } = _ => { };

        public CycleFacts Facts { get; set; } = new(AssignmentRole.Lead, false, false);
    }
}
