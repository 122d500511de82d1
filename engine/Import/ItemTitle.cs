namespace Supervision.Engine.Import;

/// <summary>An item's title: its first sentence, without an assignment parenthesis at its end.</summary>
internal static class ItemTitle
{
    public static string Of(string text)
    {
        var folded = ChineseFold.Fold(text);
        var end = folded.IndexOfAny(['。', ';', '!', '?', '\n']);
        var title = (end < 0 ? text : text[..end]).Trim();
        var brackets = Brackets.Pairs(title).ToList();
        if (brackets.Count > 0 && brackets[^1].Close == title.Length - 1
            && ParenthesisedAssignments.TryRead(title[(brackets[^1].Open + 1)..^1], 0, firstListedLeads: true) is not null)
        {
            title = title[..brackets[^1].Open].TrimEnd();
        }

        return title;
    }
}
