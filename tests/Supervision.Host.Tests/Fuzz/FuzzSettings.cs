using System.Globalization;

namespace Supervision.Host.Tests.Fuzz;

/// <summary>How many requests and from which seed: <c>FUZZ_REQUESTS</c> (default 5,000), <c>FUZZ_SEED</c> (default: a new one, printed).</summary>
public sealed record FuzzSettings(int Requests, int Seed, int RefreshEvery)
{
    public static FuzzSettings FromEnvironment() => new(
        Number("FUZZ_REQUESTS") ?? 5_000,
        Number("FUZZ_SEED") ?? Random.Shared.Next(),
        Number("FUZZ_REFRESH_EVERY") ?? 1_000);

    public string Reproduce => $"FUZZ_SEED={Seed} FUZZ_REQUESTS={Requests} dotnet test tests/Supervision.Host.Tests -c Release --filter FullyQualifiedName~Fuzz";

    private static int? Number(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
