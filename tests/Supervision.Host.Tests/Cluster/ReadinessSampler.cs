using System.Text.Json;

namespace Supervision.Host.Tests.Cluster;

/// <summary>
/// Asks a node's <c>/health/ready</c> every half second until stopped, keeping every answer that was not 200, and when
/// (after <see cref="Mark"/>) the node first counted one active node fewer: the cluster's time to declare a node dead.
/// </summary>
public sealed class ReadinessSampler(ClusterNode node)
{
    private readonly List<string> _unready = [];
    private DateTime? _markedAt;
    private int _activeBefore;

    public IReadOnlyList<string> Unready => _unready;

    public int Samples { get; private set; }

    /// <summary>How long after <see cref="Mark"/> the node first saw fewer active nodes; null while it has not.</summary>
    public TimeSpan? DeclaredDeadAfter { get; private set; }

    public void Mark(int activeBefore) => (_markedAt, _activeBefore) = (DateTime.UtcNow, activeBefore);

    public async Task RunAsync(CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = node.Url, Timeout = TimeSpan.FromSeconds(10) };
        while (!stop.IsCancellationRequested)
        {
            var asked = DateTime.UtcNow;
            try
            {
                using var response = await http.GetAsync("/health/ready", CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                Samples++;
                if (!response.IsSuccessStatusCode)
                {
                    _unready.Add($"{asked:HH:mm:ss.f} {(int)response.StatusCode} {body}");
                }
                else if (_markedAt is { } marked && DeclaredDeadAfter is null && Active(body) < _activeBefore)
                {
                    DeclaredDeadAfter = DateTime.UtcNow - marked;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                _unready.Add($"{asked:HH:mm:ss.f} {e.GetType().Name}");
            }

            var wait = TimeSpan.FromMilliseconds(500) - (DateTime.UtcNow - asked);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, CancellationToken.None);
            }
        }
    }

    private static int Active(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("cluster").GetProperty("data").GetProperty("active_nodes").GetInt32();
}
