using System.CommandLine;
using Supervision.Engine.Access;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;

namespace Supervision.Host.Cli;

/// <summary><c>reactions list|retry</c>: see the reactions queue and make parked reactions due again, from the host machine's shell.</summary>
public static class ReactionsVerb
{
    // The shell of the host machine is the administrator's: the same rights as the admin over the API.
    private static readonly Actor Shell = new("cli", Roles.Admin, null);

    public static Command Create()
    {
        var reactions = new Command("reactions", "See the reactions queue (consequences of events) and retry parked ones.");
        var state = new Option<string>("--state") { Description = "failed (default), pending or done.", DefaultValueFactory = _ => "failed" };
        var list = new Command("list", "List reactions in one state, newest first.") { state };
        list.SetAction((parse, ct) => RunAsync(async query =>
        {
            if (!Enum.TryParse<ReactionState>(parse.GetValue(state), ignoreCase: true, out var wanted))
            {
                await Console.Error.WriteLineAsync($"--state must be failed, pending or done (was '{parse.GetValue(state)}').");
                return 2;
            }

            var rows = await query.ListAsync(Shell, wanted, 0, Engine.Access.Limits.ReactionsPage, ct);
            foreach (var r in rows)
            {
                Console.WriteLine($"{r.Id}  {r.Kind,-24} {r.Target,-32} {r.CausedBy}@{r.CausedByVersion}  attempts {r.Attempts}  {r.LastError}");
            }

            Console.WriteLine($"{rows.Count} {ReactionQuery.Name(wanted)}");
            return 0;
        }, ct));

        var id = new Argument<string?>("id") { Description = "The reaction to retry (rx-…); omit with --all.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Retry every parked reaction." };
        var retry = new Command("retry", "Make a parked reaction (or, with --all, every parked one) due now; the running host carries it out.") { id, all };
        retry.SetAction((parse, ct) => RunAsync(async query =>
        {
            if (parse.GetValue(id) is null == !parse.GetValue(all))
            {
                await Console.Error.WriteLineAsync("Name one reaction id, or give --all (not both).");
                return 2;
            }

            var count = await query.RetryAsync(Shell, parse.GetValue(id), ct);
            Console.WriteLine($"{count} reactions due again");
            return count == 0 && parse.GetValue(id) is not null ? 1 : 0;
        }, ct));

        reactions.Subcommands.Add(list);
        reactions.Subcommands.Add(retry);
        return reactions;
    }

    private static async Task<int> RunAsync(Func<ReactionQuery, Task<int>> action, CancellationToken ct)
    {
        var (store, _) = await CliStore.OpenAsync(ct);
        await using (store)
        {
            return await action(new ReactionQuery(store.Tables, TimeProvider.System));
        }
    }
}
