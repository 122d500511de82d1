using System.Net;

namespace Supervision.Host.Configuration;

/// <summary>The checks of the cluster's settings that one attribute cannot say: what <c>postgres</c> needs, and the advertised address.</summary>
public static class ClusterSettings
{
    public static IEnumerable<string> Problems(SupervisionOptions options)
    {
        if (options.Clustered && string.IsNullOrWhiteSpace(options.Postgres))
        {
            yield return "Setting Supervision:Postgres is missing: Supervision:Cluster=postgres keeps the cluster's membership in PostgreSQL; give its connection string (Host=…;Database=…;Username=…).";
        }

        if (options.Clustered && options.Store != "postgres")
        {
            yield return $"Setting Supervision:Store is invalid: a cluster (Supervision:Cluster=postgres) needs the shared store 'postgres' (was '{options.Store}').";
        }

        if (options.AdvertisedAddress is { Length: > 0 } address && !IPAddress.TryParse(address, out _))
        {
            yield return $"Setting Supervision:AdvertisedAddress is invalid: '{address}' is not an IP address (such as 10.0.0.5).";
        }
    }
}
