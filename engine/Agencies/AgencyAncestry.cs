using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies;

/// <summary>
/// Walks an agency's parents in the read model (projected with the events, so it is as current as the streams) to refuse
/// a parent that would close a cycle. Read from the table, not from the other grains: two agencies naming each other at
/// once would otherwise each wait on the other.
/// </summary>
public static class AgencyAncestry
{
    /// <summary>How many levels a chain may have (province → … → village is 6; a department tree rarely more).</summary>
    public const int MaxDepth = 32;

    /// <summary>Refuses <paramref name="parentId"/> for <paramref name="agencyId"/> when it is unknown, itself, or below it.</summary>
    public static async Task CheckAsync(ITables tables, string agencyId, string agencyName, string parentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var chain = new List<(string Id, string Name)>();
        string? current = parentId;
        while (current is not null)
        {
            if (current == agencyId)
            {
                var names = string.Join(" → ", chain.Select(c => c.Name).Prepend(agencyName).Append(agencyName));
                var ids = string.Join(" → ", chain.Select(c => c.Id).Prepend(agencyId).Append(agencyId));
                throw SupervisionException.Invalid("agency.cycle", $"A parent cannot be the agency itself or one below it: {ids} would be a cycle.", "parent_id")
                    .With("agencies", names).With("ids", ids);
            }

            var row = await tables.QueryAsync("SELECT name, parent_id FROM agencies WHERE id = @id",
                new Dictionary<string, object?> { ["id"] = current }, r => (Name: r.GetString(0), Parent: r.NullableString(1)), cancellationToken);
            if (row.Count == 0)
            {
                throw SupervisionException.Invalid("agency.unknown_parent", $"Parent agency '{current}' is not registered.", "parent_id").With("id", current);
            }

            chain.Add((current, row[0].Name));
            if (chain.Count > MaxDepth)
            {
                throw SupervisionException.Invalid("agency.too_deep", $"An agency may have at most {MaxDepth} levels above it.", "parent_id").With("limit", MaxDepth);
            }

            current = row[0].Parent;
        }
    }

    /// <summary>The agency and those above it, nearest first; null when no such agency is registered. Bounded, so a cycle cannot hang it.</summary>
    public static async Task<IReadOnlyList<string>?> ChainAsync(ITables tables, string agencyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var chain = new List<string>();
        string? current = agencyId;
        while (current is not null && chain.Count <= MaxDepth && !chain.Contains(current, StringComparer.Ordinal))
        {
            var row = await tables.QueryAsync("SELECT parent_id FROM agencies WHERE id = @id",
                new Dictionary<string, object?> { ["id"] = current }, r => r.NullableString(0), cancellationToken);
            if (row.Count == 0)
            {
                return chain.Count == 0 ? null : chain;
            }

            chain.Add(current);
            current = row[0];
        }

        return chain;
    }
}
