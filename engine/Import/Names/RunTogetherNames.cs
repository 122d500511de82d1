using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Splits names run together without a separator in scraped text (<c>区发改局区统计局</c>) by the registry's known
/// names and the endings of agency names, when each cut starts again with the name's own jurisdiction (区, 市 …).
/// </summary>
internal static partial class RunTogetherNames
{
    /// <summary>The mentions a listed name stands for: itself, or when it does not resolve, the known names it runs together.</summary>
    /// <remarks>A name (or piece) the registry does not know is read as an agency of the issuer's <paramref name="jurisdictions"/> when exactly one fits, with a warning naming the guess.</remarks>
    public static IReadOnlyList<AgencyMention> Mentions(AgencyRegistry registry, ListedName name, int line, string reference, List<DraftWarning> warnings, IReadOnlyList<string> jurisdictions)
    {
        AgencyMention Local(AgencyMention mention)
        {
            if (mention.Status != ResolutionStatus.Unresolved || LocalNames.Guess(registry, mention.Printed, jurisdictions) is not { } guess)
            {
                return mention;
            }

            warnings.Add(LocalNames.Warning(mention.Printed, guess, jurisdictions, line, reference));
            return mention with { Canonical = guess.Name, Status = ResolutionStatus.Resolved };
        }

        if (name.RunTogether is not null && name.Printed == Split(name.RunTogether, _ => false)[0])
        {
            warnings.Add(Warning(name.RunTogether, Split(name.RunTogether, _ => false), line, reference));
        }

        var mention = registry.Mention(name);
        if (mention.Status != ResolutionStatus.Unresolved)
        {
            return [mention];
        }

        var pieces = Split(name.Printed, n => registry.Resolve(n).Status == ResolutionStatus.Resolved);
        if (pieces.Count < 2)
        {
            return [Local(mention)];
        }

        warnings.Add(Warning(name.Printed, pieces, line, reference));
        return [.. pieces.Select(p => Local(registry.Mention(new ListedName(p, p, name.Note))))];
    }

    /// <summary>The names <paramref name="printed"/> runs together; itself alone when it is one name.</summary>
    public static List<string> Split(string printed, Func<string, bool> known)
    {
        var folded = ChineseFold.Fold(printed);
        var jurisdiction = Jurisdiction().Match(folded);
        foreach (Match ending in Ending().Matches(folded))
        {
            var cut = ending.Index + ending.Length;
            if (cut < 3 || cut > folded.Length - 2)
            {
                continue;
            }

            var rightStartsAgain = jurisdiction.Success && folded[cut..].StartsWith(jurisdiction.Value, StringComparison.Ordinal);
            if (known(printed[..cut]) || rightStartsAgain)
            {
                var rest = Split(printed[cut..], known);
                if (rest.Count > 1 || AgencyName.Looks(printed[cut..]))
                {
                    return [printed[..cut], .. rest];
                }
            }
        }

        return [printed];
    }

    private static DraftWarning Warning(string printed, IEnumerable<string> pieces, int line, string reference) =>
        new(line, "agency.run_together", $"\"{printed}\" in item {reference} was read as {string.Join("、", pieces)}; please check.", reference);

    [GeneratedRegex("^(?:自治区|省|市|区|县|州|镇|乡|街道)")]
    private static partial Regex Jurisdiction();

    [GeneratedRegex("(?:局|委|办|厅|部|中心|政府|院|联|会)")]
    private static partial Regex Ending();
}
