using System.Globalization;
using Supervision.Engine.Trail;
using Supervision.Trail.CrashProbe;

// Usage: Supervision.Trail.CrashProbe <database path> [writers]
// Appends forever from several concurrent writers (so group commit batches them) and prints "<stream> <version>"
// for each append only after AppendAsync returned, i.e. after the store said it was durable. The crash test kills
// this process mid-stream and checks that every printed line is still in the file.
if (args.Length is < 1 or > 2)
{
    await Console.Error.WriteLineAsync("usage: Supervision.Trail.CrashProbe <database path> [writers]");
    return 2;
}

var writers = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
var gate = new Lock();
await using var store = new SqliteEventStore(new SqliteStoreOptions(args[0]), [ProbeSchema.Heads]);
await store.InitializeAsync();
await stdout.WriteLineAsync("ready");
await stdout.FlushAsync();

await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
{
    var stream = $"probe-{w}";
    long version = 0;
    for (var append = 0; ; append++)
    {
        // Alternately one and two events per append: a half-written append would leave a version without its partner.
        var events = Enumerable.Range(1, (append % 2) + 1)
            .Select(i => new NewEvent("ProbeAppended", $$"""{"writer":{{w}},"n":{{version + i}}}""", Actor.System, TimeProvider.System.GetUtcNow(), $"probe-{w}"))
            .ToList();
        var stored = await store.AppendAsync(stream, version, events, [ProbeSchema.RecordHead(stream, version + events.Count)]);
        version = stored[^1].Version;
        lock (gate)
        {
            stdout.WriteLine($"{stream} {version}");
            stdout.Flush();
        }
    }
})));
return 0;
