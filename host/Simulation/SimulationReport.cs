using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Supervision.Engine.Trail.Words;

namespace Supervision.Host.Simulation;

/// <summary>
/// What a simulation shows a coordinator: ladder steps by step and by agency, the share of obligations met on time
/// (met by their due time, of all met or left overdue; cancelled and not-yet-due ones are not counted), per kind, and where
/// the store is kept. <see cref="Json"/> is the verb's last line with <c>--json</c>.
/// </summary>
public sealed record SimulationReport(
    [property: JsonPropertyName("plan_id")] string PlanId,
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("from")] DateOnly From,
    [property: JsonPropertyName("to")] DateOnly To,
    [property: JsonPropertyName("assignments")] int Assignments,
    [property: JsonPropertyName("completed")] int Completed,
    [property: JsonPropertyName("moves")] int Moves,
    [property: JsonPropertyName("escalations")] int Escalations,
    [property: JsonPropertyName("escalations_by_step")] IReadOnlyDictionary<string, int> ByStep,
    [property: JsonPropertyName("escalations_by_agency")] IReadOnlyDictionary<string, int> ByAgency,
    [property: JsonPropertyName("escalations_by_agency_step")] IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ByAgencyStep,
    [property: JsonPropertyName("on_time_rate")] double? OnTimeRate,
    [property: JsonPropertyName("on_time_by_kind")] IReadOnlyDictionary<string, KindTimeliness> ByKind,
    [property: JsonPropertyName("elapsed_s")] double ElapsedSeconds,
    [property: JsonPropertyName("data_directory")] string DataDirectory)
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Json() => JsonSerializer.Serialize(this, Options);

    public void Write(TextWriter output)
    {
        output.WriteLine($"模拟 Simulation: plan {PlanId}, {From:yyyy-MM-dd} → {To:yyyy-MM-dd}, profile {Profile}, seed {Seed}");
        output.WriteLine($"  assignments {Assignments}, completed {Completed}, moves made {Moves}, ran in {ElapsedSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        output.WriteLine($"升级 Escalations by step ({Escalations}):");
        foreach (var (step, count) in ByStep)
        {
            output.WriteLine($"  {LadderWords.Step(step).Zh,-4} {step,-10} {count,6}");
        }

        output.WriteLine("升级 Escalations by agency:");
        foreach (var (agency, count) in ByAgency.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            var steps = string.Join(", ", ByAgencyStep[agency].Select(s => $"{s.Key} {s.Value}"));
            output.WriteLine($"  {count,6}  {agency}  ({steps})");
        }

        output.WriteLine($"按时完成率 On-time rate: {Rate(OnTimeRate)}");
        foreach (var (kind, t) in ByKind)
        {
            output.WriteLine($"  {kind,-12} on time {t.OnTime,5}, late {t.Late,5}, overdue {t.Overdue,5}  → {Rate(t.Rate)}");
        }

        output.WriteLine($"数据 Data: {DataDirectory}");
        output.WriteLine($"  open it: dotnet run --project host -- --Supervision:DataDirectory={DataDirectory} --Supervision:Deadlines:Enabled=false");
    }

    private static string Rate(double? rate) => rate is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "—";
}

/// <summary>One obligation kind's timeliness: met on time, met late, left overdue.</summary>
public sealed record KindTimeliness(
    [property: JsonPropertyName("on_time")] int OnTime,
    [property: JsonPropertyName("late")] int Late,
    [property: JsonPropertyName("overdue")] int Overdue,
    [property: JsonPropertyName("rate")] double? Rate);
