using System.CommandLine;
using Supervision.Host.Cli;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

/// <summary>
/// Asking the host for help prints the verbs and their options and exits 0, without serving. Every verb in the
/// command tree is covered, so a verb added later is held to the same.
/// </summary>
public sealed class CliHelpTests
{
    // Help is printed at once; a host that starts serving instead is killed after this and the test fails.
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(45);

    public static TheoryData<string> EveryVerb()
    {
        var data = new TheoryData<string>();
        foreach (var path in Paths(Verbs.Root(), ""))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_lists_every_verb_and_exits_0_without_serving(string flag)
    {
        var (exit, output, error) = await CliProcess.RunAsync(Quickly, Isolated(), flag);

        Assert.True(exit == 0, error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        foreach (var verb in Verbs.Root().Subcommands)
        {
            Assert.Contains(verb.Name, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EveryVerb))]
    public async Task Every_verb_explains_itself_with_help_and_exits_0(string verb)
    {
        var words = verb.Split(' ');

        var flagged = await CliProcess.RunAsync(Quickly, Isolated(), [.. words, "--help"]);
        var asked = await CliProcess.RunAsync(Quickly, Isolated(), ["help", .. words]);

        Assert.True(flagged.Exit == 0, flagged.Err);
        Assert.Contains($"Supervision.Host {verb}", flagged.Out, StringComparison.Ordinal);
        Assert.Equal((0, flagged.Out), (asked.Exit, asked.Out));
    }

    [Fact]
    public async Task Host_options_with_help_list_the_settings_instead_of_serving()
    {
        var (exit, output, error) = await CliProcess.RunAsync(Quickly, Isolated(), "--urls", "http://127.0.0.1:0", "--help");

        Assert.True(exit == 0, error);
        Assert.Contains("--Supervision:DataDirectory", output, StringComparison.Ordinal);
        Assert.Contains("--Supervision:SiloPort", output, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Paths(Command command, string prefix)
    {
        foreach (var verb in command.Subcommands)
        {
            var path = (prefix + " " + verb.Name).Trim();
            yield return path;
            foreach (var nested in Paths(verb, path))
            {
                yield return nested;
            }
        }
    }

    // Should help ever start a host, it must not touch a real data folder.
    private static Dictionary<string, string> Isolated() =>
        new() { ["SUPERVISION__DATADIRECTORY"] = Directory.CreateTempSubdirectory("cli-help-").FullName, ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" };
}
