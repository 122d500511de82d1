namespace Supervision.Engine.Import;

/// <summary>Collects the agencies of one assignment from labels or clauses, applying the lead rule.</summary>
internal sealed class AssignmentBuilder(bool firstListedLeads)
{
    private readonly List<(ListedName, int)> _lead = [];
    private readonly List<(ListedName, int)> _cooperating = [];
    private readonly List<(IReadOnlyList<ListedName> Names, int Line)> _responsible = [];
    private (string, int)? _deadline;

    public void Add(AgencyRole role, string printed, int line)
    {
        if (role == AgencyRole.Deadline)
        {
            _deadline ??= (printed.Trim(), line);
            return;
        }

        var names = AgencyList.Split(printed);
        switch (role)
        {
            case AgencyRole.Lead:
                _lead.AddRange(names.Select(n => (n, line)));
                break;
            case AgencyRole.Cooperating:
                _cooperating.AddRange(names.Select(n => (n, line)));
                break;
            default:
                _responsible.Add((names, line));
                break;
        }
    }

    public Assignment Build()
    {
        var lead = new List<(ListedName, int)>(_lead);
        var cooperating = new List<(ListedName, int)>();
        foreach (var (names, line) in _responsible)
        {
            // With an explicit lead, 负责 names the others; otherwise the document's rule decides.
            var leads = lead.Count > 0 ? 0 : firstListedLeads ? 1 : names.Count;
            lead.AddRange(names.Take(leads).Select(n => (n, line)));
            cooperating.AddRange(names.Skip(leads).Select(n => (n, line)));
        }

        cooperating.AddRange(_cooperating);
        return new Assignment(lead, cooperating, _deadline);
    }
}
