using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Turns a plan document's text into a <see cref="PlanDraft"/>: covering notice, sections, items with
/// their agencies, deadlines and targets, plan-level targets, and warnings with line numbers.
/// </summary>
public static partial class PlanParser
{
    /// <summary>Parses <paramref name="text"/>, resolving agencies through <paramref name="registry"/> (default: <see cref="AgencyRegistry.Default"/>).</summary>
    public static PlanDraft Parse(string text, AgencyRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        registry ??= AgencyRegistry.Default;
        var warnings = new List<DraftWarning>();
        var printed = PastedTable.Rewrite(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r'), warnings);
        var folded = printed.Select(ChineseFold.Fold).ToArray();
        var (title, issuer, issued) = CoveringNotice.Read(folded, printed);
        if (title is null)
        {
            warnings.Add(new DraftWarning(1, "plan.no_title", "No title line was found; please enter the plan's title."));
        }

        var year = issued?.Year ?? YearOf(title);
        var blocks = Outline.Read(folded, printed);
        var ruled = RuleReach.Of(folded, blocks);
        var segments = blocks.ToDictionary(b => b, b => BlockSegmenter.Split(b, ruled));
        var itemBlocks = ItemBlocks(blocks, segments);
        var factory = new ItemFactory(registry, year, warnings, LocalNames.Jurisdictions(issuer, title));
        var items = new List<DraftItem>();
        foreach (var block in blocks)
        {
            if (itemBlocks.Contains(block))
            {
                items.Add(factory.Create(block, segments[block]));
            }
            else
            {
                factory.Announce(block);
            }
        }

        if (items.Count == 0)
        {
            warnings.Add(new DraftWarning(1, "plan.no_items", "No action items with lead or cooperating agencies were found."));
        }

        foreach (var duplicate in items.GroupBy(i => i.Ref).Where(g => g.Count() > 1))
        {
            warnings.Add(new DraftWarning(duplicate.Skip(1).First().Line, "item.duplicate_ref", $"Item number {duplicate.Key} occurs {duplicate.Count()} times.", duplicate.Key));
        }

        var sections = blocks.Where(b => b.Numbering.Level == 1)
            .Select(b => new DraftSection(b.Ref, b.Lines[0].Printed, b.Line)).ToList();
        var goals = blocks.Where(b => !itemBlocks.Contains(b) && GoalHeading().IsMatch(ChineseFold.Fold(b.Lines[0].Printed)))
            .SelectMany(b => QuantityParser.FindTargets(string.Join('\n', b.Lines.Select(l => l.Printed)))).ToList();
        // A pasted table row's doubt belongs to the item written from that row.
        var placed = warnings.Select(w => w.Code == "table.row_shape" && w.ItemRef is null ? w with { ItemRef = items.Find(i => i.Line == w.Line)?.Ref } : w);
        var draft = new PlanDraft(title ?? "", issuer, issued, sections, goals, items, [], [.. placed.OrderBy(w => w.Line)], factory.Rules);
        return draft with { Agencies = DraftEdits.AgenciesOf(draft.Items, registry) };
    }

    // A numbered paragraph is an item when it (or a sibling under the same heading) carries an assignment;
    // siblings without one stay items so a forgotten 牵头单位 line is flagged, not silently dropped.
    private static HashSet<Block> ItemBlocks(IReadOnlyList<Block> blocks, Dictionary<Block, IReadOnlyList<Segment>> segments)
    {
        bool Assigned(Block b) => segments[b].Any(s => !s.Assignment.IsEmpty);
        var actionParents = blocks.Where(Assigned).Select(b => (b.Parent, b.Numbering.Level)).ToHashSet();
        return blocks.Where(b => Assigned(b) || (!b.HasChildren && actionParents.Contains((b.Parent, b.Numbering.Level)))).ToHashSet();
    }

    private static int? YearOf(string? title) =>
        title is not null && Year().Match(ChineseFold.Fold(title)) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex("工作目标|主要目标|目标任务|总体目标|发展目标")]
    private static partial Regex GoalHeading();

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex Year();
}
