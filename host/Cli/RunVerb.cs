using System.CommandLine;

namespace Supervision.Host.Cli;

/// <summary>
/// <c>run</c> (the default): serve the API and the engine. Its options are the host's settings; any
/// <c>--Supervision:&lt;Setting&gt;=…</c> or ASP.NET Core option is passed on to the host as it is.
/// </summary>
public static class RunVerb
{
    public static Command Create()
    {
        var command = new Command("run", "Serve the API and the engine (the default when no verb is given).")
        {
            Setting<string>("--urls", "url", "The address to serve on. [default: http://127.0.0.1:5080]"),
            Setting<string>("--Supervision:DataDirectory", "dir", "Database, logs, keys and the initial admin password. [default: data]"),
            Setting<long>("--Supervision:MaxRequestBytes", "bytes", "The largest request body, in bytes; larger gets 413. [default: 1048576]"),
            Setting<int>("--Supervision:SiloPort", "port", "Orleans silo port; a second instance on one machine needs its own. [default: 11111]"),
            Setting<int>("--Supervision:GatewayPort", "port", "Orleans gateway port; a second instance on one machine needs its own. [default: 30000]"),
            Setting<string>("--Supervision:TimeZone", "zone", "The office's time zone (IANA id) for working days and due times. [default: Asia/Shanghai]"),
        };
        command.TreatUnmatchedTokensAsErrors = false;
        // The host reads its settings itself (configuration binding): hand it the words as they were given.
        command.SetAction((parse, _) => SupervisionApp.RunAsync([.. parse.Tokens.Select(t => t.Value).SkipWhile(t => t == "run")]));
        return command;
    }

    private static Option<T> Setting<T>(string name, string value, string description) => new(name) { HelpName = value, Description = description };
}
