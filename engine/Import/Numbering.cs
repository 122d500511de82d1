using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>The outline numbering of a line: <c>一、</c> (level 1), <c>(一)</c> (2), <c>1.</c> (3), <c>(1)</c> (4).</summary>
/// <param name="Level">1 to 4, outermost first.</param>
/// <param name="Label">The number as it appears in a ref: <c>二</c>, <c>(一)</c>, <c>1</c>, <c>(1)</c>.</param>
/// <param name="RestStart">Index in the line where the text after the number starts.</param>
internal sealed partial record Numbering(int Level, string Label, int RestStart)
{
    /// <summary>Reads the numbering at the start of a folded line, or null for a line without one.</summary>
    public static Numbering? Read(string folded)
    {
        var match = Pattern().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Index + match.Length;
        if (match.Groups["l1"].Success)
        {
            return new Numbering(1, match.Groups["l1"].Value, rest);
        }

        if (match.Groups["l2"].Success)
        {
            return new Numbering(2, $"({match.Groups["l2"].Value})", rest);
        }

        return match.Groups["l3"].Success
            ? new Numbering(3, match.Groups["l3"].Value, rest)
            : new Numbering(4, $"({match.Groups["l4"].Value})", rest);
    }

    // 1. must not be a decimal (1.5万人…) and 一、 must be a short numeral, not the start of a sentence.
    [GeneratedRegex(@"^\s*(?:(?<l1>[一二三四五六七八九十]{1,3})、|\((?<l2>[一二三四五六七八九十]{1,3})\)|(?<l3>\d{1,4})(?:\.(?!\d)|、)|\((?<l4>\d{1,2})\))\s*")]
    private static partial Regex Pattern();
}
