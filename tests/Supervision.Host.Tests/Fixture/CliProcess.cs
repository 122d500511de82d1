using System.Diagnostics;

namespace Supervision.Host.Tests.Fixture;

/// <summary>Runs the host's command-line verbs as a separate process, as an operator would.</summary>
public static class CliProcess
{
    public static Task<(int Exit, string Out, string Err)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunAsync(TimeSpan.FromMinutes(2), environment, args);

    /// <summary>Runs the host with <paramref name="args"/>; a process still running after <paramref name="timeout"/> is killed and the test fails.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Supervision.Host.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', args)}' was still running after {timeout.TotalSeconds:0} s: {await stdout}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
