namespace Supervision.Host.Simulation;

/// <summary>How the simulated agencies behave: all on time, a seeded share of them late or silent, or none acting at all.</summary>
public enum Profile
{
    Punctual,
    SomeLate,
    Silent,
}

/// <summary>The profiles' words on the command line.</summary>
public static class Profiles
{
    public static IReadOnlyList<string> Names { get; } = ["punctual", "some-late", "silent"];

    public static Profile? Parse(string? text) => text switch
    {
        "punctual" => Profile.Punctual,
        "some-late" => Profile.SomeLate,
        "silent" => Profile.Silent,
        _ => null,
    };

    public static string Name(Profile profile) => Names[(int)profile];
}
