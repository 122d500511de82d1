using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Finds a standing assignment in a parenthesis or sentence: <c>以下均需试点城市政府落实</c>,
/// <c>以下各项均由区政府负责</c>, <c>各项任务均需各县（市、区）落实</c>.
/// </summary>
internal static partial class StandingStatement
{
    /// <summary>The span of the statement and the span of the names in it, in <paramref name="folded"/>.</summary>
    public static (int Start, int Length, int NamesStart, int NamesLength)? Find(string folded)
    {
        // 按照以下要求抓好落实 has the shape but names nobody: every name must look like an agency.
        var match = Pattern().Match(folded);
        return match.Success && AgencyList.Split(match.Groups["names"].Value).All(n => AgencyName.Looks(n.Printed))
            ? (match.Index, match.Length, match.Groups["names"].Index, match.Groups["names"].Length)
            : null;
    }

    [GeneratedRegex("(?:以下各项(?:任务)?|以下|各项任务|上述任务)(?:均|都|也|全部)?(?:需|须|由|要|需要)(?<names>[^,;。]+?)(?:负责落实|负责|落实|牵头)")]
    private static partial Regex Pattern();
}
