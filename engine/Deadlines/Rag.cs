namespace Supervision.Engine.Deadlines;

/// <summary>
/// Red / yellow / green, computed in one place from the open obligations: red when one is overdue or has reached a rung
/// after its due time, yellow when one is inside its warning window (from its reminder's instant) or was reminded,
/// green otherwise. An assignment, item, plan or agency shows the worst colour of its open obligations.
/// </summary>
public static class Rag
{
    public const string Green = "green";
    public const string Yellow = "yellow";
    public const string Red = "red";

    public static IReadOnlyList<string> All { get; } = [Green, Yellow, Red];

    /// <summary>The colour of one open obligation row (alias <c>o</c>) at <c>@now</c>, as SQL; the same rule as <see cref="Of"/>.</summary>
    public const string Sql =
        "CASE WHEN o.escalated = 1 OR o.due_at < @now THEN 'red' WHEN o.rung IS NOT NULL OR o.warn_at <= @now THEN 'yellow' ELSE 'green' END";

    /// <summary>The worst colour over an assignment's open obligations (SQL over <c>assignments a</c>), green when none.</summary>
    public const string WorstSql =
        "COALESCE((SELECT MAX(" + RankSql + ") FROM obligations o WHERE o.assignment_id = a.id AND o.state = 'open'), 0)";

    private const string RankSql =
        "CASE WHEN o.escalated = 1 OR o.due_at < @now THEN 2 WHEN o.rung IS NOT NULL OR o.warn_at <= @now THEN 1 ELSE 0 END";

    public static string Of(DateTimeOffset? dueAt, DateTimeOffset? warnAt, bool reminded, bool escalated, DateTimeOffset now) =>
        escalated || dueAt < now ? Red
        : reminded || warnAt <= now ? Yellow
        : Green;

    public static string OfRank(long rank) => rank switch { >= 2 => Red, 1 => Yellow, _ => Green };

    public static int Rank(string colour) => colour switch { Red => 2, Yellow => 1, _ => 0 };

    public static string Worst(IEnumerable<string> colours) => OfRank(colours.Select(Rank).DefaultIfEmpty(0).Max());
}
