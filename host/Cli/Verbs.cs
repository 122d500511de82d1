using System.CommandLine;

namespace Supervision.Host.Cli;

/// <summary>The host's command-line verbs besides serving: verify-trail, users, import, checkpoint, reactions, calendar.</summary>
public static class Verbs
{
    public static bool IsRun(string[] args) => args.Length == 0 || args[0] == "run" || args[0].StartsWith('-');

    public static string[] RunArguments(string[] args) => args.Length > 0 && args[0] == "run" ? args[1..] : args;

    public static Task<int> InvokeAsync(string[] args)
    {
        var root = new RootCommand("Supervision — 督查督办: run the host (default), or one of these verbs.");
        root.Subcommands.Add(VerifyTrailVerb.Create());
        root.Subcommands.Add(UsersVerb.Create());
        root.Subcommands.Add(ImportVerb.Create());
        root.Subcommands.Add(CheckpointVerb.Create());
        root.Subcommands.Add(ReactionsVerb.Create());
        root.Subcommands.Add(CalendarVerb.Create());
        return root.Parse(args).InvokeAsync();
    }
}
