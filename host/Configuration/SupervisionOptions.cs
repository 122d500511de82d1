using System.ComponentModel.DataAnnotations;

namespace Supervision.Host.Configuration;

/// <summary>The host's settings, from appsettings.json and <c>SUPERVISION__…</c> environment variables.</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    /// <summary>Where the database, logs and the initial admin password live.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Largest request body accepted, in bytes.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Orleans silo port and gateway port (localhost clustering).</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "supervision.db");
}
