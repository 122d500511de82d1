namespace Supervision.Host.Demo;

/// <summary><c>--demo</c>: fill an empty installation with a small fictional plan and its history (see <see cref="DemoSeed"/>).</summary>
public static class DemoSetup
{
    public const string Flag = "--demo";

    /// <summary>Takes <c>--demo</c> out of the arguments (the configuration reader wants a value after every switch) and says whether it was there.</summary>
    public static string[] Without(string[] args, out bool demo)
    {
        demo = args.Contains(Flag, StringComparer.Ordinal);
        return [.. args.Where(a => a != Flag)];
    }
}
