namespace Supervision.Engine.Reactions;

/// <summary>
/// How long reactions take from their event to their handler's end, over the latest 1,024 carried out in this
/// process: logged, shown on the readiness check and measured by the benchmark.
/// </summary>
public sealed class ReactionLag
{
    private const int Window = 1024;
    private readonly double[] _millis = new double[Window];
    private readonly Lock _gate = new();
    private long _count;

    public void Add(TimeSpan lag)
    {
        Metrics.Telemetry.ReactionLag.Record(Math.Max(0, lag.TotalSeconds));
        lock (_gate)
        {
            _millis[_count++ % Window] = Math.Max(0, lag.TotalMilliseconds);
        }
    }

    /// <summary>How many reactions this process has carried out.</summary>
    public long Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>The lag at percentile <paramref name="p"/> (0–100) of the window, or null when nothing ran yet.</summary>
    public double? Percentile(double p)
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = _millis[..(int)Math.Min(_count, Window)];
        }

        if (sorted.Length == 0)
        {
            return null;
        }

        Array.Sort(sorted);
        return sorted[(int)Math.Clamp(Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
