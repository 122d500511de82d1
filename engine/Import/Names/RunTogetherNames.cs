using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Splits names run together without a separator in scraped text (<c>区发改局区统计局</c>) by the registry's known
/// names and the endings of agency names, when each cut starts again with the name's own jurisdiction (区, 市 …).
/// </summary>
internal static partial class RunTogetherNames
{
    /// <summary>The mentions a listed name stands for: itself, or when it does not resolve, the names it runs together.</summary>
    public static IReadOnlyList<AgencyMention> Mentions(AgencyRegistry registry, ListedName name, int line, string reference, List<DraftWarning> warnings)
    {
        var mention = registry.Mention(name);
        if (mention.Status != ResolutionStatus.Unresolved)
        {
            return [mention];
        }

        var pieces = Split(ChineseFold.Fold(name.Printed), name.Printed, registry);
        if (pieces.Count < 2)
        {
            return [mention];
        }

        warnings.Add(new DraftWarning(line, "agency.run_together", $"\"{name.Printed}\" in item {reference} was read as {string.Join("、", pieces)}; please check.", reference));
        return [.. pieces.Select(p => registry.Mention(new ListedName(p, p, name.Note)))];
    }

    private static List<string> Split(string folded, string printed, AgencyRegistry registry)
    {
        var jurisdiction = Jurisdiction().Match(folded);
        foreach (Match ending in Ending().Matches(folded))
        {
            var cut = ending.Index + ending.Length;
            if (cut < 3 || cut > folded.Length - 2)
            {
                continue;
            }

            var right = folded[cut..];
            var leftKnown = registry.Resolve(printed[..cut]).Status == ResolutionStatus.Resolved;
            var rightStartsAgain = jurisdiction.Success && right.StartsWith(jurisdiction.Value, StringComparison.Ordinal);
            if (leftKnown || rightStartsAgain)
            {
                var rest = Split(right, printed[cut..], registry);
                var rightLooks = rest.Count > 1 || AgencyName.Looks(printed[cut..]);
                if (rightLooks)
                {
                    return [printed[..cut], .. rest];
                }
            }
        }

        return [printed];
    }

    [GeneratedRegex("^(?:自治区|省|市|区|县|州|镇|乡|街道)")]
    private static partial Regex Jurisdiction();

    [GeneratedRegex("(?:局|委|办|厅|部|中心|政府|院|联|会)")]
    private static partial Regex Ending();
}
