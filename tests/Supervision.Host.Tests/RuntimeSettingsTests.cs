using System.Text.Json.Nodes;

namespace Supervision.Host.Tests;

/// <summary>Runtime settings the host ships with, read from the runtimeconfig.json that the build writes beside it.</summary>
public sealed class RuntimeSettingsTests
{
    // The Web SDK's default; the benchmark, which runs the host in its own process, has to ask for it (its csproj).
    [Fact]
    public void The_host_runs_with_the_server_garbage_collector()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Supervision.Host.runtimeconfig.json")))!;

        Assert.True(config["runtimeOptions"]?["configProperties"]?["System.GC.Server"]?.GetValue<bool>() ?? false);
    }
}
