using Stateless;
using static Supervision.Workflows.Cycle.AssignmentStatus;
using static Supervision.Workflows.Cycle.CycleTrigger;

namespace Supervision.Workflows.Cycle;

/// <summary>The transition table of the cycle, in one place so the diagram and the checks never disagree.</summary>
internal static class CycleRules
{
    public static IReadOnlySet<AssignmentStatus> Terminals { get; } =
        new HashSet<AssignmentStatus> { Completed, Contributed, Waived, Withdrawn, Reassigned };

    /// <summary>The terminal statuses that mean the work was done (the rest mean it was taken away or handed on).</summary>
    public static IReadOnlySet<AssignmentStatus> Done { get; } = new HashSet<AssignmentStatus> { Completed, Contributed };

    /// <summary>Who makes each move; the engine's access check and the reader's permitted moves both read it here.</summary>
    public static CycleParty PartyOf(CycleTrigger trigger) => trigger switch
    {
        Acknowledge or Dispute or SubmitReport or Contribute or SubmitCompletion => CycleParty.Agency,
        _ => CycleParty.Office,
    };

    public static void Configure(StateMachine<AssignmentStatus, CycleTrigger> machine, Func<CycleFacts> facts)
    {
        Tuple<Func<bool>, string> When(CycleGuard guard) => Tuple.Create<Func<bool>, string>(() => guard.Holds(facts()), guard.Description);

        void ReviewsReports(StateMachine<AssignmentStatus, CycleTrigger>.StateConfiguration state)
        {
            var pending = CycleGuard.HasPendingReport;
            state.InternalTransitionIf(AcceptReport, _ => pending.Holds(facts()), () => { }, pending.Description);
            state.InternalTransitionIf(ReturnReport, _ => pending.Holds(facts()), () => { }, pending.Description);
        }

        machine.Configure(Dispatched)
            .Permit(Acknowledge, InProgress)
            .Permit(Dispute, Disputed)
            .PermitIf(Waive, Waived, When(CycleGuard.IsCooperating))
            .Permit(Withdraw, Withdrawn);

        machine.Configure(Disputed)
            .Permit(RejectDispute, Dispatched)
            .Permit(UpholdDisputeWithdraw, Withdrawn)
            .Permit(UpholdDisputeReassign, Reassigned)
            .Permit(Withdraw, Withdrawn);

        var inProgress = machine.Configure(InProgress)
            .InternalTransition(SubmitReport, () => { })
            .PermitIf(Contribute, Contributed, When(CycleGuard.IsCooperating))
            .PermitIf(SubmitCompletion, UnderReview, When(CycleGuard.IsLead), When(CycleGuard.CooperatorsSettled))
            .PermitIf(Waive, Waived, When(CycleGuard.IsCooperating))
            .Permit(Withdraw, Withdrawn);
        ReviewsReports(inProgress);

        var underReview = machine.Configure(UnderReview)
            .Permit(ApproveCompletion, Completed)
            .Permit(ReturnCompletion, Rework)
            .Permit(Withdraw, Withdrawn);
        ReviewsReports(underReview);

        var rework = machine.Configure(Rework)
            .InternalTransition(SubmitReport, () => { })
            .PermitIf(SubmitCompletion, UnderReview, When(CycleGuard.IsLead), When(CycleGuard.CooperatorsSettled))
            .Permit(Withdraw, Withdrawn);
        ReviewsReports(rework);

        // Terminal states are configured empty so they appear in the exported diagram.
        foreach (var terminal in Terminals)
        {
            machine.Configure(terminal);
        }
    }
}
