namespace Supervision.Host.Tests.Fuzz;

/// <summary>One way of getting a request wrong: its name (as the failure report shows it), where it applies, and what it does to a draft.</summary>
public sealed record Mutation(string Name, Func<Operation, bool> AppliesTo, Action<RequestDraft, Random> Apply)
{
    public static Func<Operation, bool> Always { get; } = _ => true;

    public static Func<Operation, bool> WithBody { get; } = o => o.TakesBody;

    public static Func<Operation, bool> WithPathParameter { get; } = o => o.PathParameters.Count > 0;

    public static T Pick<T>(Random random, params T[] options) => options[random.Next(options.Length)];
}
