using Supervision.Host;
using Supervision.Host.Cli;

// With no verb (or with "run", or with host options such as --urls) this serves the API; otherwise it runs a
// command-line verb (verify-trail, users, import, …). `--help` lists them all; see host/Cli/Verbs.cs.
if (Verbs.IsRun(args))
{
    return await SupervisionApp.RunAsync(Verbs.RunArguments(args));
}

return await Verbs.InvokeAsync(args);
