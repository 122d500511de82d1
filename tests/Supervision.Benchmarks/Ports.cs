using System.Net;
using System.Net.Sockets;

namespace Supervision.Benchmarks;

/// <summary>Free loopback ports for the benchmark's host and silo.</summary>
public static class Ports
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
