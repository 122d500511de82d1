using System.Globalization;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation;

/// <summary>The evaluations, newest first: everyone signed in may list them (an agency then reads its own score in each).</summary>
public sealed class EvaluationListQuery(ITables tables)
{
    public Task<List<EvaluationSummary>> RunAsync(CancellationToken cancellationToken = default) =>
        tables.QueryAsync(
            "SELECT id, title, from_day, to_day, plan_id, scheme, frozen_at, as_of FROM evaluations ORDER BY opened_at DESC, id LIMIT 1000",
            new Dictionary<string, object?>(),
            r => new EvaluationSummary(r.GetString(0), r.GetString(1), Day(r.GetString(2)), Day(r.GetString(3)), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetString(5), r.IsDBNull(6) ? null : TrailTime.Parse(r.GetString(6)), r.IsDBNull(7) ? null : TrailTime.Parse(r.GetString(7))),
            cancellationToken);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
