namespace Supervision.Engine.Import;

/// <summary>
/// Applies standing rules while the items of a document are built in order: a rule makes its agencies lead of
/// the part that states it and of every later part of the same section, and says so in a warning per item.
/// </summary>
internal sealed class StandingRules(AgencyRegistry registry, List<DraftWarning> warnings)
{
    private readonly List<(string Section, List<AgencyMention> Lead, int Index)> _active = [];
    private readonly List<StandingRule> _stated = [];

    public IReadOnlyList<StandingRule> Stated => _stated;

    /// <summary>A standing sentence outside any item (under a section heading) holds for the items after it.</summary>
    public void Announce(IReadOnlyList<ListedName> lead, string text, int line, string section)
    {
        _active.RemoveAll(a => a.Section != section);
        _active.Add((section, [.. lead.Select(registry.Mention)], _stated.Count));
        _stated.Add(new StandingRule(line, text, section, [.. lead.Select(n => n.Printed)], []));
    }

    public DraftPart Apply(DraftPart part, Assignment assignment, string section, string reference)
    {
        _active.RemoveAll(a => a.Section != section);
        if (assignment.Standing is { } standing)
        {
            _active.Add((section, [.. standing.Lead.Select(registry.Mention)], _stated.Count));
            _stated.Add(new StandingRule(standing.Line, standing.Text, section, [.. standing.Lead.Select(n => n.Printed)], []));
        }

        foreach (var (_, lead, index) in _active)
        {
            var missing = lead.Where(m => part.Lead.All(l => l.Key != m.Key)).ToList();
            var rule = _stated[index];
            var stating = rule.Items.Count == 0 && assignment.Standing is not null;
            if (missing.Count == 0 && !stating)
            {
                continue;
            }

            part = part with
            {
                Lead = [.. part.Lead, .. missing],
                Cooperating = [.. part.Cooperating.Where(c => missing.All(m => m.Key != c.Key))],
            };
            if (!rule.Items.Contains(reference))
            {
                _stated[index] = rule with { Items = [.. rule.Items, reference] };
                warnings.Add(new DraftWarning(
                    rule.Line,
                    "rule.standing",
                    $"Item {reference}: {string.Join("、", rule.Lead)} lead by the standing rule on line {rule.Line} (\"{rule.Text}\"); undo with undo_rule.",
                    reference));
                warnings.AddRange(missing.Select(m => DraftEdits.WarningFor(m, part.Line, reference)).OfType<DraftWarning>());
            }
        }

        return part;
    }
}
