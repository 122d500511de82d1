namespace Supervision.Engine.Import;

/// <summary>The bracket kinds plans put around assignments and inside names: <c>（）() 【】 〔〕 [] ［］</c>.</summary>
internal static class Brackets
{
    public static bool Opens(char c) => ChineseFold.Fold(c) is '(' or '[' or '【' or '〔';

    public static bool Closes(char c) => ChineseFold.Fold(c) is ')' or ']' or '】' or '〕';

    /// <summary>Top-level bracket pairs of any kind, innermost nesting ignored.</summary>
    public static IEnumerable<(int Open, int Close)> Pairs(string text)
    {
        var depth = 0;
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (Opens(text[i]))
            {
                if (depth++ == 0)
                {
                    open = i;
                }
            }
            else if (Closes(text[i]) && depth > 0 && --depth == 0)
            {
                yield return (open, i);
            }
        }
    }

    /// <summary>A name without the brackets it does not open and close itself: <c>长乐投资有限公司]</c> → <c>长乐投资有限公司</c>.</summary>
    public static string Unwrap(string name)
    {
        var changed = true;
        while (changed && name.Length > 0)
        {
            changed = false;
            var depth = name.Count(Opens) - name.Count(Closes);
            if (depth < 0 && Closes(name[^1]))
            {
                name = name[..^1].TrimEnd();
                changed = true;
            }
            else if (depth > 0 && Opens(name[0]))
            {
                name = name[1..].TrimStart();
                changed = true;
            }
        }

        return name;
    }
}
