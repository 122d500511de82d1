using System.CommandLine;

namespace Supervision.Host.Cli;

/// <summary>
/// The host's command line: with no verb, <c>run</c>, or host options (<c>--urls …</c>) it serves; otherwise it runs a
/// verb. Every verb gets <c>--help</c>, <c>-h</c> and <c>help VERB</c>, and a line in <c>--help</c>, by being listed in
/// <see cref="All"/>.
/// </summary>
public static class Verbs
{
    /// <summary>Every verb, in the order <c>--help</c> lists them. A new verb is one line here.</summary>
    private static readonly Func<Command>[] All =
    [
        RunVerb.Create,
        VerifyTrailVerb.Create,
        UsersVerb.Create,
        ImportVerb.Create,
        AgenciesVerb.Create,
        CheckpointVerb.Create,
        ReactionsVerb.Create,
        CalendarVerb.Create,
        NoticesVerb.Create,
        Simulation.SimulateVerb.Create,
        MigrateVerb.Create,
        Backup.BackupVerb.Create,
        Backup.RestoreVerb.Create,
    ];

    private static readonly string[] RootFlags = ["--help", "-h", "-?", "/?", "help", "--version"];

    /// <summary>True when the host should serve: no verb, <c>run</c>, or host options — unless help or the version is asked for.</summary>
    public static bool IsRun(string[] args) =>
        args.Length == 0 || ((args[0] == "run" || args[0].StartsWith('-')) && !args.Any(a => RootFlags.Contains(a, StringComparer.Ordinal)));

    public static string[] RunArguments(string[] args) => args.Length > 0 && args[0] == "run" ? args[1..] : args;

    /// <summary>The command tree: the root with every verb of <see cref="All"/>.</summary>
    public static RootCommand Root()
    {
        var root = new RootCommand(
            "Supervision — 督查督办. With no verb (or `run`) the host serves the API on http://127.0.0.1:5080;\n"
            + "host options (--urls, --Supervision:<Setting>=…) are listed by `run --help`. `VERB --help` explains each verb.");
        foreach (var create in All)
        {
            root.Subcommands.Add(create());
        }

        return root;
    }

    public static async Task<int> InvokeAsync(string[] args)
    {
        try
        {
            return await Root().Parse(Normalized(args)).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (Engine.Trail.SchemaTooNewException.In(e) is { } newer)
        {
            // A database newer than this version is a wrong setup, not a failure of the verb: one sentence, exit 2.
            await Console.Error.WriteLineAsync($"configuration error: {newer.Message}");
            return 2;
        }
        catch (Exception e)
        {
            // What System.CommandLine's own handler would have done.
            await Console.Error.WriteLineAsync($"Unhandled exception: {e}");
            return 1;
        }
    }

    // `help` and `help VERB` read as `--help` and `VERB --help`; host options with a help flag ask for run's help.
    private static string[] Normalized(string[] args) => args switch
    {
        ["help"] => ["--help"],
        ["help", .. var verb] => [.. verb, "--help"],
        [var first, ..] when first.StartsWith('-') && !RootFlags.Contains(first, StringComparer.Ordinal) => ["run", "--help"],
        _ => args,
    };
}
