using System.Net;
using System.Net.Sockets;

namespace Supervision.Tests.Shared;

/// <summary>Free loopback ports, so no test or benchmark ever uses a fixed one.</summary>
public static class FreePort
{
    /// <summary>A port the system just handed out on loopback and took back.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The same, as a setting's value.</summary>
    public static string NextText() => Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
