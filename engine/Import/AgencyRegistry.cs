namespace Supervision.Engine.Import;

/// <summary>
/// The agencies a plan can name, with their aliases and group members. Immutable: every edit returns a
/// new registry, so the built-in <see cref="Default"/> can be shared and a coordinator's edits stay theirs.
/// </summary>
public sealed class AgencyRegistry
{
    private readonly Dictionary<string, Agency> _byName;
    private readonly Dictionary<string, List<Agency>> _byAlias;

    /// <summary>A registry of <paramref name="agencies"/>; a later agency with the same name replaces an earlier one.</summary>
    public AgencyRegistry(IEnumerable<Agency> agencies)
    {
        _byName = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var ordered = new List<Agency>();
        foreach (var agency in agencies)
        {
            var key = Key(agency.Name);
            if (_byName.TryGetValue(key, out var replaced))
            {
                ordered.Remove(replaced);
            }

            _byName[key] = agency;
            ordered.Add(agency);
        }

        Agencies = ordered;
        _byAlias = new Dictionary<string, List<Agency>>(StringComparer.Ordinal);
        foreach (var agency in ordered)
        {
            foreach (var alias in agency.Aliases.Select(Key).Distinct())
            {
                if (!_byAlias.TryGetValue(alias, out var list))
                {
                    _byAlias[alias] = list = [];
                }

                list.Add(agency);
            }
        }
    }

    /// <summary>The built-in registry: every agency of the seed plan and the region's prefectures.</summary>
    public static AgencyRegistry Default { get; } = new(DefaultAgencies.All());

    /// <summary>Every agency in registration order.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>The agency with this canonical name, or null.</summary>
    public Agency? Find(string canonicalName) => _byName.GetValueOrDefault(Key(canonicalName));

    /// <summary>
    /// Looks a name up: a canonical name wins outright; otherwise an alias must belong to exactly one agency.
    /// </summary>
    public AgencyResolution Resolve(string name)
    {
        var key = Key(name);
        if (_byName.TryGetValue(key, out var agency))
        {
            return new AgencyResolution(ResolutionStatus.Resolved, agency, [agency.Name]);
        }

        if (!_byAlias.TryGetValue(key, out var claimed))
        {
            return new AgencyResolution(ResolutionStatus.Unresolved, null, []);
        }

        return claimed.Count == 1
            ? new AgencyResolution(ResolutionStatus.Resolved, claimed[0], [claimed[0].Name])
            : new AgencyResolution(ResolutionStatus.Ambiguous, null, [.. claimed.Select(a => a.Name)]);
    }

    /// <summary>
    /// Resolves a listed name: first as printed, then with the list's prefix carried over.
    /// </summary>
    /// <remarks>
    /// The printed name goes first because an alias is knowledge and carry-over is only a guess. In
    /// <c>自治区市场监督管理局、税务局、自然资源厅</c> carry-over would read 自治区税务局, but the tax bureau
    /// in Xinjiang is 国家税务总局新疆维吾尔自治区税务局, a central agency (新疆税务局) — the registry says so
    /// with the alias <c>税务局</c>, and also lists <c>自治区税务局</c> as an alias so either order agrees.
    /// </remarks>
    public AgencyMention Mention(ListedName listed)
    {
        var asPrinted = Resolve(listed.Printed);
        var result = asPrinted.Status == ResolutionStatus.Unresolved && listed.Qualified != listed.Printed
            ? Resolve(listed.Qualified)
            : asPrinted;
        var status = result.Status == ResolutionStatus.Unresolved && Collectives.Is(listed.Printed) ? ResolutionStatus.Collective : result.Status;
        return new AgencyMention(listed.Printed, result.Agency?.Name, status, result.Candidates, listed.Note);
    }

    /// <summary>A group's member agencies, recursively; a non-group agency expands to itself.</summary>
    public IReadOnlyList<Agency> Expand(string canonicalName)
    {
        var found = new List<Agency>();
        Expand(canonicalName, found, new HashSet<string>(StringComparer.Ordinal));
        return found;
    }

    /// <summary>A registry with <paramref name="agency"/> added, or replacing the agency of the same name.</summary>
    public AgencyRegistry With(Agency agency) => new(Agencies.Append(agency));

    /// <summary>A registry without the agency named <paramref name="canonicalName"/>.</summary>
    public AgencyRegistry Without(string canonicalName) =>
        new(Agencies.Where(a => Key(a.Name) != Key(canonicalName)));

    /// <summary>A registry where <paramref name="alias"/> also means <paramref name="canonicalName"/>.</summary>
    public AgencyRegistry WithAlias(string canonicalName, string alias)
    {
        var agency = Find(canonicalName)
            ?? throw new ArgumentException($"No agency named \"{canonicalName}\".", nameof(canonicalName));
        return With(agency with { Aliases = [.. agency.Aliases, alias] });
    }

    // Names compare after folding (Traditional, full-width brackets) and without spaces or quotes,
    // because the same agency is printed all these ways.
    internal static string Key(string name)
    {
        var folded = ChineseFold.Fold(name);
        return string.Concat(folded.Where(c => !char.IsWhiteSpace(c) && c is not ('"' or '“' or '”')));
    }

    private void Expand(string name, List<Agency> found, HashSet<string> seen)
    {
        if (!seen.Add(Key(name)) || Find(name) is not { } agency)
        {
            return;
        }

        if (!agency.IsGroup)
        {
            found.Add(agency);
            return;
        }

        foreach (var member in agency.Members)
        {
            Expand(member, found, seen);
        }
    }
}
