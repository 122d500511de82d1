using System.Collections.Concurrent;
using Supervision.Engine.Reactions;

namespace Supervision.Engine.Tests.Reactions;

/// <summary>A reaction kind for tests: fails as many times as its payload says, then succeeds; counts every attempt per target.</summary>
public sealed class FlakyHandler : IReactionHandler
{
    public const string Kind = "test.flaky";

    public static ConcurrentDictionary<string, int> Attempts { get; } = new();

    string IReactionHandler.Kind => Kind;

    public Task HandleAsync(PendingReaction reaction, CancellationToken cancellationToken)
    {
        var attempt = Attempts.AddOrUpdate(reaction.Target, 1, (_, n) => n + 1);
        var failures = reaction.Read<Plan>().Failures;
        return attempt <= failures
            ? throw new IOException($"attempt {attempt} of {reaction.Target} fails on purpose")
            : Task.CompletedTask;
    }

    public sealed record Plan(int Failures);
}
