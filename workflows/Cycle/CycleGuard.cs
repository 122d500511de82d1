namespace Supervision.Workflows.Cycle;

/// <summary>
/// One named condition of the machine. The description is what Stateless reports for an unmet
/// guard and what the diagram shows, so it doubles as the key that maps back to a refusal code.
/// </summary>
internal sealed class CycleGuard
{
    private readonly Func<CycleFacts, bool> _holds;

    private CycleGuard(string code, string description, Func<CycleFacts, bool> holds)
    {
        Code = code;
        Description = description;
        _holds = holds;
    }

    public static CycleGuard IsLead { get; } =
        new(CycleCodes.NotLead, "lead agency", f => f.Role == AssignmentRole.Lead);

    public static CycleGuard IsCooperating { get; } =
        new(CycleCodes.NotCooperating, "cooperating agency", f => f.Role == AssignmentRole.Cooperating);

    public static CycleGuard CooperatorsSettled { get; } =
        new(CycleCodes.CooperatorsPending, "cooperators settled", f => f.CooperatorsSettled);

    public static CycleGuard HasPendingReport { get; } =
        new(CycleCodes.NoPendingReport, "report pending", f => f.HasPendingReport);

    public static IReadOnlyList<CycleGuard> All { get; } = [IsLead, IsCooperating, CooperatorsSettled, HasPendingReport];

    public string Code { get; }

    public string Description { get; }

    public bool Holds(CycleFacts facts) => _holds(facts);

    public static CycleGuard? FromDescription(string description) =>
        All.FirstOrDefault(g => g.Description == description);
}
