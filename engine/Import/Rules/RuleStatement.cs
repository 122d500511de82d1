using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// The sentence by which a document says that the first agency of a list leads:
/// <c>列第一位者为牵头单位，下同</c>, <c>排在第一位的部门为牵头部门</c>. It holds from where it is stated on.
/// </summary>
internal static partial class RuleStatement
{
    public static bool Matches(string folded) => Statement().IsMatch(folded);

    /// <summary>True when <paramref name="folded"/> says <c>下同</c> (the same below) outside a first-listed statement.</summary>
    public static bool SaysSameBelow(string folded) => Statement().Replace(folded, "").Contains("下同", StringComparison.Ordinal);

    /// <summary>The folded text with the statement (and any <c>下同</c>) replaced by commas, same length.</summary>
    public static string Blank(string folded) =>
        Blanked().Replace(folded, m => new string(',', m.Length));

    [GeneratedRegex("(?:列|排)在?(?:第一位|首位)(?:者|的)?(?:责任|牵头)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)(?:,?\\s*下同)?")]
    private static partial Regex Statement();

    [GeneratedRegex("(?:(?:列|排)在?(?:第一位|首位)(?:者|的)?(?:责任|牵头)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)(?:,?\\s*下同)?)|下同|不再(?:一一)?列出")]
    private static partial Regex Blanked();
}
