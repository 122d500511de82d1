using System.Diagnostics;
using System.Globalization;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Cluster;

/// <summary>One host process of a test cluster: <c>dotnet Supervision.Host.dll</c> on PostgreSQL, its own ports and data folder.</summary>
public sealed class ClusterNode : IAsyncDisposable
{
    private readonly Process _process;

    private ClusterNode(Process process, int httpPort, int siloPort, string dataDirectory) =>
        (_process, HttpPort, SiloPort, DataDirectory) = (process, httpPort, siloPort, dataDirectory);

    public int HttpPort { get; }

    public int SiloPort { get; }

    public string DataDirectory { get; }

    public Uri Url => new($"http://127.0.0.1:{HttpPort}");

    /// <summary>Quartz's name for this node in <c>qrtz_fired_triggers</c> (machine and silo port, as the host sets it).</summary>
    public string QuartzInstance => $"{Environment.MachineName}:{SiloPort}";

    public bool Alive => !_process.HasExited;

    /// <summary>The notice link key every node of the test's cluster is given, as an operator gives it (else the second node is refused).</summary>
    public static string NoticeLinkKey { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static ClusterNode Start(string connection, int smtpPort, params string[] settings)
    {
        var (http, silo, gateway) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var data = Directory.CreateTempSubdirectory("supervision-node-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "Supervision.Host.dll"),
            "--urls", $"http://127.0.0.1:{http}",
            "--Supervision:DataDirectory", data,
            "--Supervision:Store", "postgres",
            "--Supervision:Cluster", "postgres",
            "--Supervision:Postgres", connection,
            "--Supervision:AdvertisedAddress", "127.0.0.1",
            "--Supervision:SiloPort", silo.ToString(CultureInfo.InvariantCulture),
            "--Supervision:GatewayPort", gateway.ToString(CultureInfo.InvariantCulture),
            "--Supervision:Smtp:Host", "127.0.0.1",
            "--Supervision:Smtp:Port", smtpPort.ToString(CultureInfo.InvariantCulture),
            "--Supervision:Notices:Office", "office@example.gov.cn",
            "--Supervision:Keys:NoticeLink", NoticeLinkKey,
            .. settings,
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        // Drained so a full pipe never blocks the host; the log files in the data folder are what a failure shows.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ClusterNode(process, http, silo, data);
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (the silo has joined), or fails after <paramref name="limit"/>.</summary>
    public async Task ReadyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(10) };
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"node on {HttpPort} exited with {_process.ExitCode}: {Logs()}");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"node on {HttpPort} not ready after {limit.TotalSeconds:0} s: {Logs()}");
    }

    /// <summary>SIGKILL: the process ends at once, with no shutdown of any kind.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>The node's log lines (compact JSON files under <c>logs/</c>), for failure messages and checks.</summary>
    public string Logs()
    {
        var folder = Path.Combine(DataDirectory, "logs");
        if (!Directory.Exists(folder))
        {
            return "(no logs)";
        }

        return string.Join('\n', Directory.GetFiles(folder).Select(f =>
        {
            using var s = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(s).ReadToEnd();
        }));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
