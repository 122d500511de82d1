using System.Diagnostics;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

/// <summary>
/// Finds (building it when missing or older than the engine under test) and starts a crash probe console app.
/// A separate process is the only honest way to die mid-write: nothing in-process can be killed between two syscalls.
/// </summary>
internal static class CrashProbeProcess
{
    private const string TrailProbe = "Supervision.Trail.CrashProbe";
    private static readonly SemaphoreSlim Building = new(1, 1);

    public static Task<Process> StartAsync(string databasePath, int writers) =>
        StartAsync(TrailProbe, databasePath, writers.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Starts the probe project <paramref name="project"/> (under tests/) with <paramref name="args"/>, output redirected.</summary>
    public static async Task<Process> StartAsync(string project, params string[] args)
    {
        var dll = await EnsureBuiltAsync(project);
        var start = new ProcessStartInfo(DotnetHost(), ["exec", dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("The crash probe did not start.");
    }

    private static async Task<string> EnsureBuiltAsync(string project)
    {
        // The test runs from <project>/bin/<Configuration>/<tfm>/; build the probe in the same configuration.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Supervision.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var projectDirectory = Path.Combine(root.FullName, "tests", project);
        var dll = Path.Combine(projectDirectory, "bin", configuration, output.Name, project + ".dll");
        await Building.WaitAsync();
        try
        {
            var sources = Directory.EnumerateFiles(projectDirectory, "*.cs*", SearchOption.TopDirectoryOnly)
                .Append(typeof(SqliteEventStore).Assembly.Location)
                .Max(File.GetLastWriteTimeUtc);
            if (!File.Exists(dll) || File.GetLastWriteTimeUtc(dll) < sources)
            {
                await BuildAsync(projectDirectory, configuration);
            }
        }
        finally
        {
            Building.Release();
        }

        Assert.True(File.Exists(dll), $"The crash probe was not built at {dll}.");
        return dll;
    }

    private static async Task BuildAsync(string projectDirectory, string configuration)
    {
        var build = new ProcessStartInfo(DotnetHost(), ["build", projectDirectory, "-c", configuration, "--nologo", "-v", "q", "--disable-build-servers"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(build)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"Building the crash probe failed:\n{await log}\n{await errors}");
    }

    // The SDK tells child processes which dotnet it runs under; fall back to the one on PATH.
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
}
