namespace Supervision.Engine.Import;

/// <summary>The wire symbols of <see cref="Comparator"/>: <c>&gt;=</c>, <c>&lt;=</c>, <c>~</c>, <c>=</c>.</summary>
public static class ComparatorSymbols
{
    /// <summary>The symbol used in JSON and on screen.</summary>
    public static string ToSymbol(this Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => ">=",
        Comparator.AtMost => "<=",
        Comparator.About => "~",
        _ => "=",
    };

    /// <summary>Reads a symbol back; anything unknown is rejected rather than guessed.</summary>
    public static Comparator Parse(string symbol) => symbol switch
    {
        ">=" => Comparator.AtLeast,
        "<=" => Comparator.AtMost,
        "~" => Comparator.About,
        "=" => Comparator.Equal,
        _ => throw new FormatException($"Unknown comparator \"{symbol}\"; expected >=, <=, ~ or =."),
    };
}
