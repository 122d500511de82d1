namespace Supervision.Engine.Tests.Import;

/// <summary>One line of a corpus answer: <c>二(一) | 甲部; 乙部 | 丙部</c> (names as resolved, else as printed).</summary>
internal sealed record ExpectedItem(string Ref, IReadOnlySet<string> Lead, IReadOnlySet<string> Cooperating)
{
    public static List<ExpectedItem> Read(IEnumerable<string> lines) =>
    [
        .. lines.Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(l =>
        {
            var fields = l.Split('|');
            return new ExpectedItem(fields[0].Trim(), Names(fields.ElementAtOrDefault(1)), Names(fields.ElementAtOrDefault(2)));
        }),
    ];

    private static HashSet<string> Names(string? field) =>
        [.. (field ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
