using System.Text;

namespace Supervision.Engine.Import;

/// <summary>
/// Splits a block into the items it holds. Labelled lines assign the whole block. Otherwise each
/// parenthesised assignment closes an item: one parenthesis is one item, several in one paragraph
/// (<c>…（X牵头，Y参与）。…（Z负责）。</c>) are several items, refs <c>1-1</c>, <c>1-2</c>.
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
        foreach (var (open, close) in Brackets(joined))
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
            segments.Add(new Segment(joined[start..end].Trim(), LineAt(start), cuts[k].Assignment));
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

    /// <summary>Top-level bracket pairs (either width), innermost nesting ignored.</summary>
    internal static IEnumerable<(int Open, int Close)> Brackets(string text)
    {
        var depth = 0;
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = ChineseFold.Fold(text[i]);
            if (c == '(')
            {
                if (depth++ == 0)
                {
                    open = i;
                }
            }
            else if (c == ')' && depth > 0 && --depth == 0)
            {
                yield return (open, i);
            }
        }
    }
}
