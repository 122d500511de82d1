namespace Supervision.Host.Metrics;

/// <summary><c>Supervision:Metrics</c>: whether <c>/metrics</c> serves the Prometheus text format to an admin's bearer token.</summary>
public sealed class MetricsSettings
{
    public bool Enabled { get; set; } = true;
}
