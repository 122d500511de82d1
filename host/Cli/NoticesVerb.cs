using System.CommandLine;
using System.Net.Http.Headers;
using Supervision.Engine.Access;
using Supervision.Engine.Notices;
using Supervision.Engine.Trail;

namespace Supervision.Host.Cli;

/// <summary>
/// <c>notices list [--state]</c> reads the notices from the host's store; <c>notices digest [--day] [--url] [--token]</c>
/// asks the running host to send the day's digests now (it owns the mail connections and the trail).
/// </summary>
public static class NoticesVerb
{
    private static readonly Actor Shell = new("cli", Roles.Admin, null);

    public static Command Create()
    {
        var notices = new Command("notices", "See the notices sent, failed or without an address; send the day's digests now.");
        var state = new Option<string?>("--state") { Description = "pending, sent, failed or unaddressed (default: all)." };
        var list = new Command("list", "List notices, newest first, with the server's reply.") { state };
        list.SetAction(async (parse, ct) =>
        {
            NoticeState? wanted = null;
            if (parse.GetValue(state) is { } s)
            {
                if (!Enum.TryParse<NoticeState>(s, ignoreCase: true, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--state must be pending, sent, failed or unaddressed (was '{s}').");
                    return 2;
                }

                wanted = parsed;
            }

            var (store, _) = await CliStore.OpenAsync(ct);
            await using (store)
            {
                var rows = await new NoticeQuery(store.Tables).ListAsync(Shell, wanted, 0, Engine.Access.Limits.NoticesPage, ct);
                foreach (var n in rows)
                {
                    Console.WriteLine($"{n.Id}  {n.Kind,-18} {n.State.ToString().ToLowerInvariant(),-11} {string.Join(", ", n.Recipients)}  {n.Reply ?? n.LastError}");
                }

                Console.WriteLine($"{rows.Count} notices");
                return 0;
            }
        });

        var day = new Option<string?>("--day") { Description = "The day (YYYY-MM-DD); default today in the office's time zone." };
        var url = new Option<string>("--url") { Description = "The running host.", DefaultValueFactory = _ => "http://127.0.0.1:5080/" };
        var token = new Option<string?>("--token") { Description = $"An admin's or coordinator's API token; default: ${ImportVerb.TokenVariable}." };
        var digest = new Command("digest", "Ask the running host to send the day's digests now; digests already sent that day are not sent again.") { day, url, token };
        digest.SetAction(async (parse, ct) =>
        {
            var bearer = parse.GetValue(token) ?? Environment.GetEnvironmentVariable(ImportVerb.TokenVariable);
            if (string.IsNullOrEmpty(bearer) || !Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var host))
            {
                await Console.Error.WriteLineAsync($"Pass the host's address with --url and a token with --token or ${ImportVerb.TokenVariable}.");
                return 2;
            }

            using var http = new HttpClient { BaseAddress = host, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", bearer) } };
            var query = parse.GetValue(day) is { } d ? $"?day={Uri.EscapeDataString(d)}" : "";
            try
            {
                using var answer = await http.PostAsync(new Uri($"api/v1/notices/digest{query}", UriKind.Relative), null, ct);
                var text = await answer.Content.ReadAsStringAsync(ct);
                Console.WriteLine(text);
                return answer.IsSuccessStatusCode ? 0 : 1;
            }
            catch (HttpRequestException e)
            {
                await Console.Error.WriteLineAsync($"cannot reach the host at {host}: {e.Message}");
                return 1;
            }
        });

        notices.Subcommands.Add(list);
        notices.Subcommands.Add(digest);
        return notices;
    }
}
