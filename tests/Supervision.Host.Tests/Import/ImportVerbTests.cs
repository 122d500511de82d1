using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Supervision.Host.Cli;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Import;

/// <summary>The <c>import</c> verb: previews as JSON or a summary, exits 2 on an unreadable file, and commits through the running host.</summary>
[Collection(HostCollection.Name)]
public sealed class ImportVerbTests(HostFixture host)
{
    [Fact]
    public async Task A_dry_run_with_json_prints_the_21_items_and_exits_0()
    {
        var (exit, output, _) = await RunAsync("import", Uploads.SeedPath, "--dry-run", "--json");

        Assert.Equal(0, exit);
        var draft = JsonDocument.Parse(output).RootElement;
        Assert.Equal(21, draft.GetProperty("items").GetArrayLength());
        Assert.Equal("二(一)", draft.GetProperty("items")[0].Str("ref"));
    }

    [Fact]
    public async Task A_dry_run_without_json_prints_a_readable_summary()
    {
        var (exit, output, _) = await RunAsync("import", Uploads.SeedPath, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("事项 Items (21)", output, StringComparison.Ordinal);
        Assert.Contains("牵头 Lead:        自治区工信厅、自治区发展改革委", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("garbage")]
    public async Task An_unreadable_file_exits_2_saying_why(string what)
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():n}.docx");
        if (what == "garbage")
        {
            await File.WriteAllBytesAsync(path, [0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00, 0x13, 0x37]);
        }

        var (exit, output, error) = await RunAsync("import", path, "--dry-run", "--json");

        Assert.Equal(2, exit);
        Assert.Equal("", output.Trim());
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_dry_run_it_creates_the_plan_on_the_running_host()
    {
        var token = host.Coordinator.DefaultRequestHeaders.Authorization!.Parameter!;
        var planId = $"p-cli-{Guid.NewGuid():n}"[..20];

        var (exit, output, error) = await RunAsync("import", Uploads.SeedPath, "--url", host.BaseAddress.ToString(), "--token", token, "--plan-id", planId, "--allow-duplicate");

        Assert.True(exit == 0, error);
        Assert.Contains($"created plan {planId} with 21 items", output, StringComparison.Ordinal);
        var (status, plan) = await host.Coordinator.GetJsonAsync($"/api/v1/plans/{planId}");
        Assert.Equal((200, 21), (status, plan.GetProperty("item_ids").GetArrayLength()));
    }

    [Fact]
    public async Task The_built_host_runs_the_verb_from_its_command_line()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Supervision.Host.dll"), "import", Uploads.SeedPath, "--dry-run", "--json" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await error);
        Assert.Equal(21, JsonDocument.Parse(await output).RootElement.GetProperty("items").GetArrayLength());
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { ImportVerb.Create() };
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
