namespace Supervision.Engine.Import;

/// <summary>
/// The clause around a quantity, what the coordinator recognises it by: from the last break before it to the next
/// after it, never breaking inside brackets or quotes, and with its quotes balanced (<c>实现"…达到2000名左右"</c>
/// keeps both quotes, or neither).
/// </summary>
internal static class Clause
{
    private const string Breaks = ",。;、:!?\n";

    public static (int Start, int End) Around(string folded, int start, int end)
    {
        var from = start;
        var depth = 0;
        while (from > 0)
        {
            var c = folded[from - 1];
            depth += Closes(c) ? 1 : Opens(c) ? -1 : 0;
            if ((depth <= 0 && Breaks.Contains(c, StringComparison.Ordinal)) || depth < 0)
            {
                break;
            }

            from--;
        }

        var to = end;
        depth = 0;
        while (to < folded.Length)
        {
            var c = folded[to];
            depth += Opens(c) ? 1 : Closes(c) ? -1 : 0;
            if ((depth <= 0 && Breaks.Contains(c, StringComparison.Ordinal)) || depth < 0)
            {
                break;
            }

            to++;
        }

        var (first, last) = Balance(folded, from, to);
        return (first, WithoutAssignment(folded, first, last));
    }

    // 建成7个示范工程（X牵头，Y参与）: the assignment after the quantity is not part of its clause.
    private static int WithoutAssignment(string folded, int from, int to)
    {
        var span = folded[from..to].TrimEnd();
        if (span.Length == 0 || !Brackets.Closes(span[^1]))
        {
            return to;
        }

        var pairs = Brackets.Pairs(span).ToList();
        return pairs.Count > 0 && pairs[^1].Close == span.Length - 1
            && ParenthesisedAssignments.TryRead(span[(pairs[^1].Open + 1)..^1], 0, firstListedLeads: false) is not null
            ? from + pairs[^1].Open
            : to;
    }

    // An opening quote whose closing one lies beyond the clause pulls the clause to it (within the same sentence).
    private static (int, int) Balance(string folded, int from, int to)
    {
        var span = folded[from..to];
        var opens = span.Count(c => c is '“') - span.Count(c => c is '”');
        if (opens > 0)
        {
            var close = folded.IndexOf('”', to);
            var stop = folded.IndexOfAny(['。', '\n'], to);
            if (close >= 0 && (stop < 0 || close < stop))
            {
                return (from, close + 1);
            }

            var open = folded.IndexOf('“', from);
            return (open + 1 < to ? open + 1 : from, to);
        }

        if (span.Count(c => c == '"') % 2 == 1)
        {
            var next = folded.IndexOf('"', to);
            var stop = folded.IndexOfAny(['。', '\n'], to);
            return next >= 0 && (stop < 0 || next < stop) ? (from, next + 1) : (from + span.IndexOf('"') + 1, to);
        }

        if (opens < 0 && from > 0)
        {
            var open = folded.LastIndexOf('“', from - 1);
            return (open >= 0 ? open : from, to);
        }

        return (from, to);
    }

    private static bool Opens(char c) => c is '(' or '[' or '【' or '〔' or '“' or '《';

    private static bool Closes(char c) => c is ')' or ']' or '】' or '〕' or '”' or '》';
}
