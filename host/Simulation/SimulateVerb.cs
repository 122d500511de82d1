using System.CommandLine;
using System.Globalization;
using Supervision.Engine.Errors;
using Supervision.Host.Cli;

namespace Supervision.Host.Simulation;

/// <summary>
/// <c>simulate --plan DOC|ID --from D --to D --profile P [--seed N] [--json] [--out DIR]</c>: the cycle of a plan on a
/// virtual clock with synthetic agencies, in a store of its own that the host can open. Exit 0 done, 2 bad input.
/// </summary>
public static class SimulateVerb
{
    public static Command Create()
    {
        var plan = new Option<string>("--plan") { Description = "A plan document (.txt, .docx, .pdf; imported as `import` does) or the id of a plan in this installation's store (copied).", Required = true };
        var from = new Option<string>("--from") { Description = "First day, YYYY-MM-DD: everything is dispatched on its first working morning.", DefaultValueFactory = _ => "2022-04-01" };
        var to = new Option<string>("--to") { Description = "Last day, YYYY-MM-DD.", DefaultValueFactory = _ => "2022-12-31" };
        var profile = new Option<string>("--profile") { Description = "punctual | some-late | silent: how the agencies behave.", DefaultValueFactory = _ => "punctual" };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic behaviour; the same seed gives the same run.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Also print the figures as one JSON object on the last line." };
        var output = new Option<string?>("--out") { Description = "The simulation's data folder (new); default data/simulations/<plan>-<profile>-<seed>-<time>." };
        var command = new Command("simulate", "Run a plan's cycle on a virtual clock with synthetic agencies: escalations by step and agency, on-time rate; the trail is kept for the host to open.")
        {
            plan, from, to, profile, seed, json, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var stdout = parse.InvocationConfiguration.Output;
            try
            {
                var settings = CliStore.Settings();
                var request = Request(parse.GetValue(plan)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(profile), parse.GetValue(seed), parse.GetValue(output), settings.DataDirectory);
                await error.WriteLineAsync($"simulating {request.Plan} from {request.From:yyyy-MM-dd} to {request.To:yyyy-MM-dd}, profile {Profiles.Name(request.Profile)}, seed {request.Seed}, in {Path.GetFullPath(request.DataDirectory)} …");
                var report = await Simulator.RunAsync(request, settings.TimeZone, settings.DatabasePath, new ProgressBar(error, !Console.IsErrorRedirected), ct);
                report.Write(stdout);
                if (parse.GetValue(json))
                {
                    await stdout.WriteLineAsync(report.Json());
                }

                return 0;
            }
            catch (SupervisionException e)
            {
                await error.WriteLineAsync($"{MessageCatalogue.Chinese(e)} {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static SimulationRequest Request(string plan, string? from, string? to, string? profile, int seed, string? folder, string dataDirectory)
    {
        var first = Date(from, "from");
        var last = Date(to, "to");
        if (last < first || last.DayNumber - first.DayNumber > 3 * 366)
        {
            throw SupervisionException.Invalid("simulation.bad_dates", $"--to must be on or after --from and at most three years later (was {from} to {to}).", "to");
        }

        var chosen = Profiles.Parse(profile)
            ?? throw SupervisionException.Invalid("simulation.unknown_profile", $"--profile must be one of {string.Join(", ", Profiles.Names)} (was '{profile}').", "profile");
        var name = $"{Slug(plan)}-{Profiles.Name(chosen)}-{seed}-{DateTime.UtcNow:yyyyMMdd'T'HHmmss}";
        return new SimulationRequest(plan, first, last, chosen, seed, folder ?? Path.Combine(dataDirectory, "simulations", name));
    }

    private static DateOnly Date(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw SupervisionException.Invalid("simulation.bad_dates", $"--{field} must be a date YYYY-MM-DD (was '{text}').", field);

    private static string Slug(string plan)
    {
        var name = Path.GetFileNameWithoutExtension(plan);
        var slug = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]).Trim('-');
        return slug.Length == 0 ? "plan" : slug[..Math.Min(40, slug.Length)];
    }
}
