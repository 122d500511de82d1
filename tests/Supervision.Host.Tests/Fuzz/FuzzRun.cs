using System.Globalization;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>
/// Sends generated bad requests one at a time, cycling through every (operation, role) pair in a seeded order with a
/// random mutation each, and records what went wrong: an answer of 5xx or none, an error the host logged, or a
/// refused (4xx) request after which the event log had moved. One at a time, so each change belongs to one request.
/// </summary>
public sealed class FuzzRun(HostFixture host, FuzzSettings settings)
{
    private static readonly Mutation[] Catalogue =
        [.. BodyMutations.All, .. ContentTypeMutations.All, .. PathMutations.All, .. QueryMutations.All, .. HeaderMutations.All];

    public Findings Findings { get; } = new();

    public Dictionary<int, int> Statuses { get; } = [];

    /// <summary>Operations that answered at least once with something other than 401: the fuzz got past the door.</summary>
    public HashSet<string> Reached { get; } = [];

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public TimeSpan Elapsed { get; private set; }

    public async Task RunAsync()
    {
        var random = new Random(settings.Seed);
        var (_, document) = await host.Anonymous.GetJsonAsync("/openapi/v1.json");
        Operations = Operation.ReadAll(document);
        var world = await FuzzWorld.CreateAsync(host, random);
        var factory = new RequestFactory(world, new Samples(document, world, random), random);
        var pairs = Operations.SelectMany(o => Enum.GetValues<FuzzRole>().Select(r => (Operation: o, Role: r))).OrderBy(_ => random.Next()).ToArray();
        using var position = new LogPosition(host.DataDirectory);
        using var connection = new RawConnection(host.BaseAddress);
        var log = new ServerLog(host.DataDirectory);
        log.SkipToEnd();
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < settings.Requests; n++)
        {
            if (n > 0 && n % settings.RefreshEvery == 0)
            {
                await world.AddPlanAsync();
            }

            var (operation, role) = pairs[n % pairs.Length];
            var applicable = Catalogue.Where(m => m.AppliesTo(operation)).ToArray();
            var mutation = applicable[random.Next(applicable.Length)];
            var draft = factory.Plausible(operation, role);
            mutation.Apply(draft, random);
            var request = draft.Build();

            var first = draft.Twice ? await connection.SendAsync(request) : null;
            var before = await position.SettledAsync(first is null ? TimeSpan.Zero : TimeSpan.FromMilliseconds(40));
            var response = await connection.SendAsync(request);
            var after = position.Read();
            var errors = log.NewErrors();
            Judge(new Attempt(n, operation, role, mutation, request, response, first?.Status), before, after, errors, position);
            if (after != before)
            {
                // What this request recorded may cause more (reactions): let it land before the next request is judged.
                await position.SettledAsync(TimeSpan.FromMilliseconds(40));
            }
        }

        Elapsed = clock.Elapsed;
    }

    private void Judge(Attempt a, long before, long after, IReadOnlyList<string> errors, LogPosition position)
    {
        var status = a.Response.Status;
        Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
        if (status is not 0 and not 401)
        {
            Reached.Add(a.Operation.Name);
        }

        var outcome =
            status == 0 ? "no answer"
            : status >= 500 ? $"{status}"
            : status is >= 400 and < 500 && after != before ? $"{status}, yet {after - before} event(s) recorded"
            : a.FirstStatus is > 0 and < 500 && after != before ? $"{status} on a replay, yet {after - before} event(s) recorded"
            : errors.Count > 0 ? $"{status}, and the host logged an error"
            : null;
        if (outcome is null)
        {
            return;
        }

        var sent = a.FirstStatus is { } s ? $", sent twice (first answered {s})" : "";
        var example = new StringBuilder($"request #{a.Number} as {a.Role}{sent}:\n").Append(a.Request.Describe(a.Role.ToString()));
        example.Append(CultureInfo.InvariantCulture, $"\n→ {status} {Snippet(a.Response.Body)}");
        foreach (var e in after != before ? position.Since(before) : [])
        {
            example.Append("\nrecorded: ").Append(e);
        }

        foreach (var e in errors.Take(1))
        {
            example.Append("\nhost log: ").Append(e.Length > 400 ? e[..400] + "…" : e);
        }

        Findings.Add(a.Operation.Name, a.Mutation.Name, outcome, example.ToString());
    }

    private sealed record Attempt(int Number, Operation Operation, FuzzRole Role, Mutation Mutation, RawRequest Request, RawResponse Response, int? FirstStatus);

    private static string Snippet(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        try
        {
            using var json = JsonDocument.Parse(text);
            text = json.RootElement.ToString();
        }
        catch (JsonException)
        {
        }

        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
