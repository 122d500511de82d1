namespace Supervision.Host.Metrics;

/// <summary><c>Supervision:Otlp</c>: where traces and metrics are sent over OTLP; nothing is sent while the endpoint is unset.</summary>
public sealed class OtlpSettings
{
    public Uri? Endpoint { get; set; }
}
