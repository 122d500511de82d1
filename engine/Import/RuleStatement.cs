using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// The sentence by which a document says that the first agency of a list leads:
/// <c>列第一位者为牵头单位，下同</c>, <c>排在第一位的部门为牵头部门</c>. It holds from where it is stated on.
/// </summary>
internal static partial class RuleStatement
{
    public static bool Matches(string folded) => Pattern().IsMatch(folded);

    /// <summary>The folded text with the statement (and its <c>下同</c>) replaced by commas, same length.</summary>
    public static string Blank(string folded) =>
        Pattern().Replace(folded, m => new string(',', m.Length));

    [GeneratedRegex("(?:(?:列|排)在?(?:第一位|首位)(?:者|的)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)(?:,?\\s*下同)?)|下同")]
    private static partial Regex Pattern();
}
