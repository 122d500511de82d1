namespace Supervision.Host.Tests.Fuzz;

/// <summary>The status, headers and body of one answer; status 0 when the host answered nothing (closed or timed out).</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public static RawResponse None { get; } = new(0, new Dictionary<string, string>(), []);

    public bool Closes => Headers.TryGetValue("connection", out var c) && c.Contains("close", StringComparison.OrdinalIgnoreCase);
}
