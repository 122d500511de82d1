namespace Supervision.Host.Tests.Cluster;

/// <summary>Counts the nodes' PostgreSQL connections (<c>pg_stat_activity</c>, by pool name) every half second; keeps the peaks.</summary>
public sealed class ConnectionSampler(TestDatabase db)
{
    public int PeakTotal { get; private set; }

    public Dictionary<string, int> PeakByPool { get; } = new(StringComparer.Ordinal);

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var rows = await db.QueryAsync(
                $"SELECT application_name, COUNT(*) FROM pg_stat_activity WHERE datname = '{db.Name}' AND application_name LIKE 'supervision %' GROUP BY application_name",
                r => (Pool: r.GetString(0), Count: (int)r.GetInt64(1)));
            PeakTotal = Math.Max(PeakTotal, rows.Sum(r => r.Count));
            foreach (var (pool, count) in rows)
            {
                PeakByPool[pool] = Math.Max(PeakByPool.GetValueOrDefault(pool), count);
            }

            await Task.Delay(500, CancellationToken.None);
        }
    }
}
