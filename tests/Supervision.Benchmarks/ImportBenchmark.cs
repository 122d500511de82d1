using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Supervision.Engine.Import;

using Supervision.Tests.Shared;

namespace Supervision.Benchmarks;

/// <summary>
/// Parse time of the seed plan (warm, median), of a generated 200-item plan and of a 2,000-row .xlsx task
/// breakdown (read and parsed), against a baseline measured in the
/// same run: reading and decoding the seed's bytes (what any import costs before parsing starts).
/// Everything is warmed up first; figures are medians.
/// </summary>
public static class ImportBenchmark
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    // Tiered compilation takes seconds, not a few calls, to settle on the parser's many small methods and
    // generated regexes: measured after 20 calls the seed parses ~10x slower than it does warm.
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(4);

    public static async Task<int> RunAsync(string[] args)
    {
        var seedPath = args.Length >= 2 && args[0] == "--seed" ? args[1] : FindSeed();
        if (seedPath is null || !File.Exists(seedPath))
        {
            Console.Error.WriteLine("cannot find the seed plan; pass --seed <path to seed.txt>");
            return 2;
        }

        var bytes = await File.ReadAllBytesAsync(seedPath);
        var seedText = Encoding.UTF8.GetString(bytes);
        var large = SyntheticPlan.Generate(200);
        var workbook = SyntheticWorkbook.Generate(2000);
        Console.Error.WriteLine($"seed: {seedPath} ({bytes.Length} bytes); generated: {large.Length} characters");

        var reader = new DocumentReader();
        Console.Error.WriteLine($"[0/5] warming up for {Warmup.TotalSeconds:0} s …");
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < Warmup;)
        {
            await reader.ReadAsync(new MemoryStream(bytes), "seed.txt");
            PlanParser.Parse(seedText);
            PlanParser.Parse(large);
            await PlanImporter.ImportAsync(new MemoryStream(workbook), "breakdown.xlsx");
        }

        Console.Error.WriteLine("[1/5] baseline: read and decode the seed's bytes …");
        var baseline = await MedianAsync(() => reader.ReadAsync(new MemoryStream(bytes), "seed.txt"));
        Console.Error.WriteLine($"      {baseline:0.000} ms");

        Console.Error.WriteLine("[2/5] parse the seed …");
        var seedItems = PlanParser.Parse(seedText).Items.Count;
        var seed = await MedianAsync(() => Task.FromResult(PlanParser.Parse(seedText)));
        Console.Error.WriteLine($"      {seed:0.000} ms for {seedItems} items");

        Console.Error.WriteLine("[3/5] read and parse the seed (what the upload does) …");
        var imported = await MedianAsync(() => PlanImporter.ImportAsync(new MemoryStream(bytes), "seed.txt"));
        Console.Error.WriteLine($"      {imported:0.000} ms");

        Console.Error.WriteLine("[4/5] parse a generated 200-item plan …");
        var largeItems = PlanParser.Parse(large).Items.Count;
        var largeMs = await MedianAsync(() => Task.FromResult(PlanParser.Parse(large)));
        Console.Error.WriteLine($"      {largeMs:0.000} ms for {largeItems} items");

        Console.Error.WriteLine($"[5/5] read and parse a 2,000-row .xlsx breakdown table ({workbook.Length} bytes) …");
        var xlsxItems = (await PlanImporter.ImportAsync(new MemoryStream(workbook), "breakdown.xlsx")).Items.Count;
        var xlsx = await MedianAsync(() => PlanImporter.ImportAsync(new MemoryStream(workbook), "breakdown.xlsx"));
        Console.Error.WriteLine($"      {xlsx:0.000} ms for {xlsxItems} items");

        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["benchmark"] = "import",
            ["cores"] = Environment.ProcessorCount,
            ["seed_items"] = seedItems,
            ["seed_ms"] = Math.Round(seed, 3),
            ["seed_import_ms"] = Math.Round(imported, 3),
            ["large_items"] = largeItems,
            ["large_ms"] = Math.Round(largeMs, 3),
            ["xlsx_items"] = xlsxItems,
            ["xlsx_ms"] = Math.Round(xlsx, 3),
            ["baseline_read_ms"] = Math.Round(baseline, 3),
            ["seed_vs_baseline"] = Math.Round(seed / baseline, 2),
            ["large_vs_baseline"] = Math.Round(largeMs / baseline, 2),
            ["large_per_item_vs_seed_per_item"] = Math.Round(largeMs / largeItems / (seed / seedItems), 2),
        }));
        return 0;
    }

    // Runs for a fixed budget (at least 10 runs) and takes the median: robust to the odd GC pause.
    private static async Task<double> MedianAsync<T>(Func<Task<T>> work)
    {
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < 10 || (total.Elapsed < Budget && times.Count < 2000))
        {
            var one = Stopwatch.GetTimestamp();
            await work();
            times.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static string? FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Supervision.Engine.Tests", "Import", "Fixtures", "seed.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
