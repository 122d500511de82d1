namespace Supervision.Engine.Import;

/// <summary>
/// Drops a printed document's running heads and feet: a line that opens (or closes) most pages with the same text,
/// such as the plan's short title above every page. Left in, it lands inside the paragraph broken by the page.
/// </summary>
internal static class RunningHeads
{
    /// <summary>
    /// The pages without their repeated first and last lines; <paramref name="endsPage"/> marks the line that ends a page
    /// once its foot is gone. A line counts as furniture when it opens (closes) at least two pages and half of them.
    /// </summary>
    public static List<List<T>> Drop<T>(List<List<T>> pages, Func<T, string> text, Func<T, T> endsPage)
    {
        var heads = Repeated(pages.Where(p => p.Count > 1).Select(p => text(p[0])), pages.Count);
        var feet = Repeated(pages.Where(p => p.Count > 1).Select(p => text(p[^1])), pages.Count);
        var kept = new List<List<T>>(pages.Count);
        foreach (var page in pages)
        {
            var lines = page.ToList();
            if (lines.Count > 1 && heads.Contains(Key(text(lines[0]))))
            {
                lines.RemoveAt(0);
            }

            if (lines.Count > 1 && feet.Contains(Key(text(lines[^1]))))
            {
                lines.RemoveAt(lines.Count - 1);
                lines[^1] = endsPage(lines[^1]);
            }

            kept.Add(lines);
        }

        return kept;
    }

    private static HashSet<string> Repeated(IEnumerable<string> lines, int pages) =>
        [.. lines.GroupBy(Key).Where(g => g.Key.Length > 0 && g.Count() >= 2 && g.Count() * 2 >= pages).Select(g => g.Key)];

    private static string Key(string line) => string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
}
