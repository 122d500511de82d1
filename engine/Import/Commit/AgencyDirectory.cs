using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.Errors;

namespace Supervision.Engine.Import.Commit;

/// <summary>Maps a registry agency to the id of the registered agency it is, or to the id an import registers it under.</summary>
public sealed class AgencyDirectory(IReadOnlyList<RegisteredAgency> registered)
{
    /// <summary>
    /// The id an import registers <paramref name="canonicalName"/> under: <c>ag-</c> and the first 8 hex digits of the
    /// SHA-256 of its folded name, so importing the same agency again, from any document, never registers it twice.
    /// </summary>
    public static string IdFor(string canonicalName) =>
        "ag-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AgencyRegistry.Key(canonicalName))))[..8];

    /// <summary>The registered agency's id, or null when none is registered by this name or an alias of it.</summary>
    public string? IdOf(Agency agency)
    {
        var key = AgencyRegistry.Key(agency.Name);
        var own = IdFor(agency.Name);

        // Several agencies may carry one name (registered by hand and by an import, or in test worlds): the
        // import's own id wins, then the lowest id, so every re-import picks the same one.
        var byName = registered.Where(r => AgencyRegistry.Key(r.Name) == key).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        if (byName.Count > 0)
        {
            return byName.Contains(own) ? own : byName[0];
        }

        var aliases = agency.Aliases.Select(AgencyRegistry.Key).ToHashSet(StringComparer.Ordinal);
        var byAlias = registered
            .Where(r => aliases.Contains(AgencyRegistry.Key(r.Name)) || r.Aliases.Any(a => AgencyRegistry.Key(a) == key))
            .ToList();
        return byAlias.Count switch
        {
            0 => null,
            1 => byAlias[0].Id,
            _ => throw SupervisionException.Conflict(
                "import.agency_ambiguous",
                $"\"{agency.Name}\" could be any of the registered agencies {string.Join(", ", byAlias.Select(r => $"{r.Id} ({r.Name})"))}; give it an alias or rename one of them."),
        };
    }
}
