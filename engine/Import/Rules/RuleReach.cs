namespace Supervision.Engine.Import;

/// <summary>
/// Where the document's first-listed rule (<c>列第一位者为牵头单位</c>) holds: from each line stating it to the end of
/// the document, or — stated in a section heading's own sentence, without <c>下同</c> — to the end of that section.
/// </summary>
internal static class RuleReach
{
    public static Func<int, bool> Of(IReadOnlyList<string> folded, IReadOnlyList<Block> blocks)
    {
        var spans = new List<(int From, int To)>();
        for (var i = 0; i < folded.Count; i++)
        {
            if (!RuleStatement.Matches(folded[i]))
            {
                continue;
            }

            var line = i + 1;
            var holder = blocks.LastOrDefault(b => b.Line <= line);
            var to = int.MaxValue;
            if (holder is { Numbering.Level: 1, HasChildren: true } && !folded[i].Contains("下同", StringComparison.Ordinal))
            {
                to = blocks.FirstOrDefault(b => b.Line > holder.Line && b.Numbering.Level == 1)?.Line - 1 ?? int.MaxValue;
            }

            spans.Add((line, to));
        }

        return line => spans.Exists(s => line >= s.From && line <= s.To);
    }
}
