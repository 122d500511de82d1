using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Reads a short local name (<c>发改委</c>, <c>区统计局</c>) as an agency of the issuer's own jurisdiction: a city's
/// table says <c>发改委</c> and means its own 发展和改革委员会. Only a guess — the caller warns with it so a person
/// checks it, and one alias added in the preview makes it knowledge for the next document.
/// </summary>
internal static partial class LocalNames
{
    public const string Guessed = "agency.guessed";

    /// <summary>
    /// The jurisdictions an issuer speaks for, widest name first (<c>苏州市吴中区人民政府办公室</c> → 苏州市吴中区, 吴中区),
    /// or none when the issuer (or else the title) names no local government.
    /// </summary>
    public static IReadOnlyList<string> Jurisdictions(string? issuer, string? title)
    {
        foreach (var source in new[] { issuer, title })
        {
            if (source is not null && Issuer().Match(ChineseFold.Fold(source).Trim()) is { Success: true } match)
            {
                var whole = match.Groups["j"].Value;
                var levels = Level().Matches(whole).Select(m => m.Index + m.Length).Where(end => end < whole.Length);
                return [whole, .. levels.Select(end => whole[end..]).Where(rest => rest.Length >= 2 && !LevelStart().IsMatch(rest))];
            }
        }

        return [];
    }

    /// <summary>
    /// The one registered agency of a jurisdiction that <paramref name="printed"/> abbreviates, or null when none or
    /// several do. A name abbreviates another when its characters appear in order, starting with the same one
    /// (发改委 → 发展和改革委员会, 经信委 → 经济和信息化委员会, 区统计局 → 吴中区统计局).
    /// </summary>
    public static Agency? Guess(AgencyRegistry registry, string printed, IReadOnlyList<string> jurisdictions)
    {
        var folded = AgencyRegistry.Key(printed);
        foreach (var jurisdiction in jurisdictions)
        {
            var own = folded.StartsWith(jurisdiction, StringComparison.Ordinal) ? folded[jurisdiction.Length..] : LevelWord().Replace(folded, "");
            if (own.Length < 2)
            {
                continue;
            }

            var found = registry.Agencies
                .Where(a => !a.IsGroup)
                .Select(a => (Agency: a, Key: AgencyRegistry.Key(a.Name)))
                .Where(a => a.Key.StartsWith(jurisdiction, StringComparison.Ordinal) && Abbreviates(own, a.Key[jurisdiction.Length..]))
                .Select(a => a.Agency)
                .ToList();
            if (found.Count == 1)
            {
                return found[0];
            }

            if (found.Count > 1)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The preview's warning naming the guess, so a person checks it.</summary>
    public static DraftWarning Warning(string printed, Agency guess, IReadOnlyList<string> jurisdictions, int line, string reference) =>
        new(line, Guessed, $"\"{printed}\" in item {reference} was read as \"{guess.Name}\" by the issuer's jurisdiction ({jurisdictions[0]}); please check. If it is wrong, add \"{printed}\" as an alias of the right agency: the registry keeps it for the next import.", reference);

    private static bool Abbreviates(string shortName, string fullName)
    {
        if (fullName.Length == 0 || shortName[0] != fullName[0] || shortName.Length > fullName.Length)
        {
            return false;
        }

        var at = 0;
        foreach (var c in shortName)
        {
            at = fullName.IndexOf(c, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    // The issuing body is a local government or its office: 常熟市人民政府办公室, 中共吴中区委, 苏州市吴中区人民政府.
    [GeneratedRegex("^(?:中共)?(?<j>.{1,12}?(?:自治区|自治州|自治县|省|市|县|区|旗|州|盟))(?:人民政府|委员会|委|政府|办公室)")]
    private static partial Regex Issuer();

    [GeneratedRegex("(?:自治区|自治州|自治县|省|市|县|区|旗|州|盟)")]
    private static partial Regex Level();

    [GeneratedRegex("^(?:自治|[省市县区旗州盟])")]
    private static partial Regex LevelStart();

    // A short local name often starts with its level alone (区发改局, 市财政局): the level says "ours", not a place.
    [GeneratedRegex("^(?:区|市|县|镇|乡)")]
    private static partial Regex LevelWord();
}
