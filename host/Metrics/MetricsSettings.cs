namespace Supervision.Host.Metrics;

/// <summary>
/// <c>Supervision:Metrics</c>: whether <c>/metrics</c> serves the Prometheus text format to an admin's bearer token, and
/// <c>Port</c>: a second listener on 127.0.0.1 that serves <c>/metrics</c> (and nothing else) without a token, for a scraper on the same machine.
/// </summary>
public sealed class MetricsSettings
{
    public bool Enabled { get; set; } = true;

    public int? Port { get; set; }
}
