using System.Text;

namespace Supervision.Engine.Import;

/// <summary>
/// Splits a block into its parts. Labelled lines assign the whole block. Otherwise each parenthesised
/// assignment closes a part: several in one or more paragraphs (<c>…（X牵头，Y参与）。…（Z负责）。</c>) are
/// several parts of one item, which <c>split_item</c> can make items of their own.
/// </summary>
internal static class BlockSegmenter
{
    public static IReadOnlyList<Segment> Split(Block block, Func<int, bool> firstListedLeads)
    {
        var builder = new AssignmentBuilder(firstListedLeads(block.Line));
        var text = new StringBuilder();
        var lineStarts = new List<(int Offset, int Line)>();
        var labelled = false;
        foreach (var (line, printed) in block.Lines)
        {
            var kept = LabelledAssignments.Read(printed, line, builder, out var found);
            labelled |= found;
            if (kept.Trim().Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            lineStarts.Add((text.Length, line));
            text.Append(kept);
        }

        var joined = text.ToString();
        if (labelled)
        {
            return [new Segment(joined, block.Line, builder.Build())];
        }

        int LineAt(int offset) => lineStarts.LastOrDefault(s => s.Offset <= offset, (Offset: 0, Line: block.Line)).Line;
        var cuts = new List<(int End, Assignment Assignment)>();
        foreach (var (open, close) in Brackets.Pairs(joined))
        {
            var line = LineAt(open);
            if (ParenthesisedAssignments.TryRead(joined[(open + 1)..close], line, firstListedLeads(line)) is { } found)
            {
                cuts.Add((SentenceEnd(joined, close + 1), found));
            }
        }

        if (cuts.Count <= 1)
        {
            return [new Segment(joined, block.Line, cuts.Count == 1 ? cuts[0].Assignment : Assignment.None)];
        }

        var segments = new List<Segment>();
        var start = 0;
        for (var k = 0; k < cuts.Count; k++)
        {
            var end = k == cuts.Count - 1 ? joined.Length : cuts[k].End;
            var first = start;
            while (first < end && char.IsWhiteSpace(joined[first]))
            {
                first++;
            }

            // Untrimmed, so the parts put back together are the item's text with its line breaks.
            segments.Add(new Segment(joined[start..end], LineAt(first), cuts[k].Assignment));
            start = end;
        }

        return segments;
    }

    // The item a parenthesis closes runs to the end of its sentence: …（X牵头）。 keeps the 。.
    private static int SentenceEnd(string text, int index)
    {
        while (index < text.Length && ChineseFold.Fold(text[index]) is '。' or ';' or ',' or '.')
        {
            index++;
        }

        return index;
    }
}
