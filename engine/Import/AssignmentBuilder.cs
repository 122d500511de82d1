namespace Supervision.Engine.Import;

/// <summary>Collects the agencies of one assignment from labels or clauses, applying the lead rule.</summary>
internal sealed class AssignmentBuilder(bool firstListedLeads)
{
    private readonly List<(ListedName, int)> _lead = [];
    private readonly List<(ListedName, int)> _cooperating = [];
    private readonly List<(IReadOnlyList<ListedName> Names, int Line, AgencyRole Role)> _responsible = [];
    private (string, int)? _deadline;
    private string? _leader;
    private string? _score;

    public (IReadOnlyList<ListedName> Lead, string Text, int Line)? Standing { get; set; }

    public void Add(AgencyRole role, string printed, int line, string? note = null)
    {
        switch (role)
        {
            case AgencyRole.Deadline:
                _deadline ??= (printed.Trim(), line);
                return;
            case AgencyRole.Leader:
                _leader ??= printed.Trim();
                return;
            case AgencyRole.Score:
                _score ??= printed.Trim();
                return;
        }

        var names = AgencyList.Split(printed).Select(n => n with { Note = note }).ToList();

        // 市发改委（牵头）、市财政局: a name marked as lead inside a list leads, and the others cooperate.
        if (names.Any(n => LeadMark(n.Printed) > 0))
        {
            foreach (var name in names)
            {
                var k = LeadMark(name.Printed);
                var target = k > 0 ? _lead : _cooperating;
                target.Add((name with { Printed = name.Printed[..^k].TrimEnd(), Qualified = name.Qualified[..^k].TrimEnd() }, line));
            }

            return;
        }

        switch (role)
        {
            case AgencyRole.Lead:
                _lead.AddRange(names.Select(n => (n, line)));
                break;
            case AgencyRole.Cooperating:
                _cooperating.AddRange(names.Select(n => (n, line)));
                break;
            default:
                _responsible.Add((names, line, role));
                break;
        }
    }

    private static int LeadMark(string name) => ChineseFold.Fold(name).EndsWith("(牵头)", StringComparison.Ordinal) ? 4 : 0;

    public Assignment Build()
    {
        var lead = new List<(ListedName, int)>(_lead);
        var cooperating = new List<(ListedName, int)>();
        string? reading = null;
        foreach (var (names, line, role) in _responsible)
        {
            // With an explicit lead, 负责 names the others; otherwise the role word or the document's rule decides.
            var leads = _lead.Count > 0 ? 0 : role switch
            {
                AgencyRole.EachLeads => names.Count,
                AgencyRole.FirstLeads => 1,
                _ => firstListedLeads ? 1 : names.Count,
            };
            // No rule and no 牵头: that the first of several leads is our reading of 负责, for a person to confirm.
            if (role == AgencyRole.FirstLeads && leads == 1 && names.Count > 1 && !firstListedLeads)
            {
                reading ??= string.Join("、", names.Select(n => n.Printed));
            }

            lead.AddRange(names.Take(leads).Select(n => (n, line)));
            cooperating.AddRange(names.Skip(leads).Select(n => (n, line)));
        }

        cooperating.AddRange(_cooperating);
        return new Assignment(lead, cooperating, _deadline) { Leader = _leader, Score = _score, Standing = Standing, ReadLead = reading };
    }
}
