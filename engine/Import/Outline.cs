namespace Supervision.Engine.Import;

/// <summary>Groups lines into numbered blocks, tracking each block's ref through the four numbering levels.</summary>
internal static class Outline
{
    public static IReadOnlyList<Block> Read(IReadOnlyList<string> folded, IReadOnlyList<string> printed)
    {
        var labels = new string?[5];
        var open = new Block?[5];
        var blocks = new List<Block>();
        Block? current = null;
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Trim().Length == 0)
            {
                continue;
            }

            if (Numbering.Read(folded[i]) is not { } numbering)
            {
                current?.Lines.Add((i + 1, printed[i].Trim()));
                continue;
            }

            var level = numbering.Level;
            labels[level] = numbering.Label;
            for (var deeper = level + 1; deeper < labels.Length; deeper++)
            {
                labels[deeper] = null;
                open[deeper] = null;
            }

            var parent = string.Concat(labels.Take(level).Where(l => l is not null));
            var section = level == 1 ? numbering.Label : labels[1] ?? "";
            current = new Block(numbering, parent + numbering.Label, section, parent, i + 1);
            current.Lines.Add((i + 1, printed[i][numbering.RestStart..].Trim()));
            if (open.Take(level).LastOrDefault(b => b is not null) is { } enclosing)
            {
                enclosing.HasChildren = true;
            }

            open[level] = current;
            blocks.Add(current);
        }

        return blocks;
    }
}
