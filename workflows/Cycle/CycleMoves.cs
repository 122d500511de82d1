namespace Supervision.Workflows.Cycle;

/// <summary>
/// Where each move may start and where it leads, read once off the machine by trying every move from every status under
/// every combination of facts, so questions such as "which statuses take reports" are answered by the transition table itself.
/// </summary>
internal static class CycleMoves
{
    private static readonly bool[] Both = [false, true];
    private static readonly IReadOnlyList<(AssignmentStatus From, CycleTrigger Trigger, AssignmentStatus To)> Moves = Read();

    public static IReadOnlyDictionary<CycleTrigger, IReadOnlySet<AssignmentStatus>> From { get; } = Group(m => m.From);

    public static IReadOnlyDictionary<CycleTrigger, IReadOnlySet<AssignmentStatus>> To { get; } = Group(m => m.To);

    private static Dictionary<CycleTrigger, IReadOnlySet<AssignmentStatus>> Group(Func<(AssignmentStatus From, CycleTrigger Trigger, AssignmentStatus To), AssignmentStatus> pick) =>
        Enum.GetValues<CycleTrigger>().ToDictionary(
            t => t,
            t => (IReadOnlySet<AssignmentStatus>)Moves.Where(m => m.Trigger == t).Select(pick).ToHashSet());

    private static List<(AssignmentStatus, CycleTrigger, AssignmentStatus)> Read()
    {
        var facts = from role in Enum.GetValues<AssignmentRole>()
                    from settled in Both
                    from pending in Both
                    select new CycleFacts(role, settled, pending);
        var moves = new List<(AssignmentStatus, CycleTrigger, AssignmentStatus)>();
        foreach (var f in facts)
        {
            foreach (var from in Enum.GetValues<AssignmentStatus>())
            {
                foreach (var trigger in Enum.GetValues<CycleTrigger>())
                {
                    var status = from;
                    var cycle = new AssignmentCycle(() => status, s => status = s, f);
                    if (cycle.Check(trigger).Allowed)
                    {
                        cycle.Fire(trigger);
                        moves.Add((from, trigger, status));
                    }
                }
            }
        }

        return [.. moves.Distinct()];
    }
}
