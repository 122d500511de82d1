using Supervision.Host;
using Supervision.Host.Cli;

// With no verb (or with "run", or with host options such as --urls) this serves the API;
// otherwise it runs a command-line verb: verify-trail, users, import.
if (Verbs.IsRun(args))
{
    return await SupervisionApp.RunAsync(Verbs.RunArguments(args));
}

return await Verbs.InvokeAsync(args);
