using System.Globalization;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation;

/// <summary>
/// The evaluations, newest first: everyone signed in lists the office's own (an agency then reads its own score in each);
/// a scoped one only those who read it (the office, inspectors, agencies of the scope's chain and its subtree).
/// </summary>
public sealed class EvaluationListQuery(ITables tables, EvaluationScope scope)
{
    public async Task<List<EvaluationSummary>> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rows = await tables.QueryAsync(
            "SELECT id, title, from_day, to_day, plan_id, scheme, frozen_at, as_of, scope_agency_id FROM evaluations ORDER BY opened_at DESC, id LIMIT 1000",
            new Dictionary<string, object?>(),
            r => new EvaluationSummary(r.GetString(0), r.GetString(1), Day(r.GetString(2)), Day(r.GetString(3)), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetString(5), r.IsDBNull(6) ? null : TrailTime.Parse(r.GetString(6)), r.IsDBNull(7) ? null : TrailTime.Parse(r.GetString(7)),
                r.IsDBNull(8) ? null : r.GetString(8)),
            cancellationToken);
        var reaches = new Dictionary<string, EvaluationReach>(StringComparer.Ordinal);
        foreach (var scoped in rows.Select(r => r.ScopeAgencyId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            reaches[scoped] = await scope.ReachAsync(actor, scoped, cancellationToken);
        }

        return [.. rows.Where(r => r.ScopeAgencyId is null || reaches[r.ScopeAgencyId] != EvaluationReach.None)];
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
