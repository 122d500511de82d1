namespace Supervision.Engine.Import;

/// <summary>
/// Builds one draft item per block from its parts: every part's agencies merged in order of first mention (a
/// name that leads anywhere leads only), standing rules applied, deadline, leader, score, targets, warnings.
/// </summary>
internal sealed class ItemFactory(AgencyRegistry registry, int? year, List<DraftWarning> warnings, IReadOnlyList<string> jurisdictions)
{
    public const string LeadReading = "lead.reading";

    private readonly StandingRules _rules = new(registry, warnings);
    private readonly HashSet<(string Code, string Message)> _warned = [];

    public IReadOnlyList<StandingRule> Rules => _rules.Stated;

    /// <summary>Reads a block that is not an item (a section heading and its prose) for a standing sentence.</summary>
    public void Announce(Block block)
    {
        foreach (var (line, printed) in block.Lines)
        {
            var folded = ChineseFold.Fold(printed);
            if (StandingStatement.Find(folded) is { } found)
            {
                var names = AgencyList.Split(printed.Substring(found.NamesStart, found.NamesLength));
                _rules.Announce(names, printed.Substring(found.Start, found.Length), line, block.Section);
            }
        }
    }

    public DraftItem Create(Block block, IReadOnlyList<Segment> segments)
    {
        var reference = block.Ref;
        var parts = new List<DraftPart>();
        foreach (var segment in segments)
        {
            var part = new DraftPart(segment.Text.Trim(), segment.Line, Resolve(segment.Assignment.Lead, reference), Resolve(segment.Assignment.Cooperating, reference));
            parts.Add(_rules.Apply(part, segment.Assignment, block.Section, reference));
        }

        foreach (var segment in segments.Where(s => s.Assignment.ReadLead is not null))
        {
            var listed = segment.Assignment.ReadLead!;
            warnings.Add(new DraftWarning(
                segment.Line,
                LeadReading,
                $"Item {reference}: \"{listed.Split('、')[0]}\" leads only because it is listed first in \"{listed}\"; the document states no rule for who leads, please confirm.",
                reference));
        }

        var lead = Distinct(parts.SelectMany(p => p.Lead), []);
        var cooperating = Distinct(parts.SelectMany(p => p.Cooperating), [.. lead.Select(m => m.Key)]);
        if (lead.Count == 0)
        {
            warnings.Add(new DraftWarning(block.Line, "item.no_lead", $"Item {reference} names no lead agency (牵头单位).", reference));
        }

        var text = string.Concat(segments.Select(s => s.Text)).Trim();
        var assignments = segments.Select(s => s.Assignment).ToList();
        return new DraftItem(
            reference,
            block.Section,
            ItemTitle.Of(text),
            text,
            lead,
            cooperating,
            Deadline(assignments.FirstOrDefault(a => a.Deadline is not null), text, block.Line, reference),
            ItemTargets.Find(text),
            block.Line,
            parts.Count > 1 ? parts : null,
            assignments.Select(a => a.Leader).FirstOrDefault(l => l is not null),
            ScoreOf(assignments.Select(a => a.Score).FirstOrDefault(s => s is not null), block.Line, reference));
    }

    public List<AgencyMention> Resolve(IEnumerable<(ListedName Name, int Line)> names, string reference)
    {
        var mentions = new List<AgencyMention>();
        foreach (var (name, line) in names)
        {
            foreach (var mention in RunTogetherNames.Mentions(registry, name, line, reference, warnings, jurisdictions))
            {
                mentions.Add(mention);
                if (DraftEdits.WarningFor(mention, line, reference) is { } warning && _warned.Add((warning.Code, warning.Message)))
                {
                    warnings.Add(warning);
                }
            }
        }

        return mentions;
    }

    private static List<AgencyMention> Distinct(IEnumerable<AgencyMention> mentions, HashSet<string> taken)
    {
        var kept = new List<AgencyMention>();
        foreach (var mention in mentions)
        {
            if (taken.Add(mention.Key))
            {
                kept.Add(mention);
            }
        }

        return kept;
    }

    private decimal? ScoreOf(string? printed, int line, string reference)
    {
        if (printed is null)
        {
            return null;
        }

        var digits = ChineseFold.Fold(printed).Trim().TrimEnd('分').Trim();
        if (decimal.TryParse(digits, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var score))
        {
            return score;
        }

        warnings.Add(new DraftWarning(line, "item.score_unread", $"Score \"{printed}\" of item {reference} is not a number.", reference));
        return null;
    }

    private Deadline? Deadline(Assignment? stated, string text, int itemLine, string reference)
    {
        var (deadline, line) = stated?.Deadline is { } printed
            ? (DeadlineParser.Parse(printed.Text, year) ?? new Deadline(printed.Text, null), printed.Line)
            : (DeadlineParser.FindInProse(text, year), itemLine);
        if (deadline is { Due: null } && !deadline.Text.Contains("长期", StringComparison.Ordinal) && !deadline.Text.Contains("持续", StringComparison.Ordinal))
        {
            warnings.Add(new DraftWarning(line, "deadline.undated", $"Deadline \"{deadline.Text}\" of item {reference} could not be read as a date.", reference));
        }

        return deadline;
    }
}
