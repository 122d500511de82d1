namespace Supervision.Engine.Import;

/// <summary>Builds draft items from a block's segments: refs, titles, resolved agencies, deadline, targets, warnings.</summary>
internal sealed class ItemFactory(AgencyRegistry registry, int? year, List<DraftWarning> warnings)
{
    public IEnumerable<DraftItem> Create(Block block, IReadOnlyList<Segment> segments)
    {
        for (var k = 0; k < segments.Count; k++)
        {
            var segment = segments[k];
            var reference = segments.Count == 1 ? block.Ref : $"{block.Ref}-{k + 1}";
            var assignment = segment.Assignment;
            var lead = Resolve(assignment.Lead, reference);
            var cooperating = Resolve(assignment.Cooperating, reference);
            if (lead.Count == 0)
            {
                warnings.Add(new DraftWarning(segment.Line, "item.no_lead", $"Item {reference} names no lead agency (牵头单位).", reference));
            }

            yield return new DraftItem(
                reference,
                block.Section,
                ItemTitle.Of(segment.Text),
                segment.Text,
                lead,
                cooperating,
                Deadline(assignment, segment, reference),
                QuantityParser.FindTargets(segment.Text),
                segment.Line);
        }
    }

    public List<AgencyMention> Resolve(IEnumerable<(ListedName Name, int Line)> names, string reference)
    {
        var mentions = new List<AgencyMention>();
        foreach (var (name, line) in names)
        {
            var mention = registry.Mention(name);
            mentions.Add(mention);
            if (DraftEdits.WarningFor(mention, line, reference) is { } warning)
            {
                warnings.Add(warning);
            }
        }

        return mentions;
    }

    private Deadline? Deadline(Assignment assignment, Segment segment, string reference)
    {
        var (deadline, line) = assignment.Deadline is { } stated
            ? (DeadlineParser.Parse(stated.Text, year) ?? new Deadline(stated.Text, null), stated.Line)
            : (DeadlineParser.FindInProse(segment.Text, year), segment.Line);
        if (deadline is { Due: null } && !deadline.Text.Contains("长期", StringComparison.Ordinal) && !deadline.Text.Contains("持续", StringComparison.Ordinal))
        {
            warnings.Add(new DraftWarning(line, "deadline.undated", $"Deadline \"{deadline.Text}\" of item {reference} could not be read as a date.", reference));
        }

        return deadline;
    }
}
