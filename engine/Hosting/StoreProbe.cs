using Supervision.Engine.Trail;

namespace Supervision.Engine.Hosting;

/// <summary>The readiness probe of this node's store connection: a trivial query that touches no table.</summary>
public static class StoreProbe
{
    public static Task AnswerAsync(ITables tables, CancellationToken cancellationToken = default) =>
        tables.QueryAsync("SELECT 1", new Dictionary<string, object?>(), _ => 1, cancellationToken);
}
