using System.CommandLine;
using Supervision.Host.Cli;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Hierarchy;

[Collection(HostCollection.Name)]
public sealed class AgenciesVerbTests(HostFixture host)
{
    [Fact]
    public async Task Agencies_import_previews_commits_and_a_second_run_changes_nothing()
    {
        var tag = $"cli{Guid.NewGuid():n}"[..11];
        var file = await WriteAsync($"{tag}.csv", "id,name,parent_id", $"{tag}-r,{tag}自治区人民政府,", $"{tag}-p,{tag}市人民政府,{tag}-r", $"{tag}-c,{tag}县人民政府,{tag}-p");

        var first = await RunAsync("agencies", "import", file, "--url", host.BaseAddress.ToString(), "--token", Token());
        var again = await RunAsync("agencies", "import", file, "--url", host.BaseAddress.ToString(), "--token", Token());

        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("3 added", first.Output, StringComparison.Ordinal);
        Assert.Contains("[2/3] preview", first.Error, StringComparison.Ordinal);
        var (status, subtree) = await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{tag}-r/subtree");
        Assert.Equal(200, status);
        Assert.Equal([$"{tag}-c", $"{tag}-p"], subtree.GetProperty("agencies").EnumerateArray().Select(a => a.Str("id")).Order());
        Assert.True(again.Exit == 0, again.Error);
        Assert.Contains("0 to add, 0 to rename, 0 to move", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agencies_import_prints_the_problems_by_line_and_commits_nothing()
    {
        var tag = $"cli{Guid.NewGuid():n}"[..11];
        var file = await WriteAsync($"{tag}.csv", "id,name,parent_id", $"{tag}-a,{tag}甲县人民政府,{tag}-nowhere");

        var (exit, output, error) = await RunAsync("agencies", "import", file, "--url", host.BaseAddress.ToString(), "--token", Token());

        Assert.Equal(1, exit);
        Assert.Contains("line 2:", output, StringComparison.Ordinal);
        Assert.Contains("nothing committed", error, StringComparison.Ordinal);
        Assert.Equal(404, (await host.Coordinator.GetJsonAsync($"/api/v1/agencies/{tag}-a")).Status);
    }

    [Fact]
    public async Task Agencies_import_of_a_missing_file_exits_2()
    {
        var missing = Path.Combine(Directory.CreateTempSubdirectory("cli-agencies-").FullName, "none.csv");

        var (exit, _, error) = await RunAsync("agencies", "import", missing, "--url", host.BaseAddress.ToString(), "--token", Token());

        Assert.Equal(2, exit);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }

    private string Token() => host.Coordinator.DefaultRequestHeaders.Authorization!.Parameter!;

    private static async Task<string> WriteAsync(string name, params string[] lines)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("cli-agencies-").FullName, name);
        await File.WriteAllTextAsync(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { AgenciesVerb.Create() };
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
