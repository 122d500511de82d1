using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Idempotency;

namespace Supervision.Engine.Trail;

/// <summary>
/// A keyed command in one commit: when the intent recording a keyed call's events (<see cref="KeyedCall"/>) says how
/// its answer follows from the state after them, the answer is computed before the commit and the key's row, answer
/// included, is written in the events' own transaction — no claim before, no answer after.
/// </summary>
public abstract partial class TrailGrain<TState>
{
    // How the intent in flight answers, from the state after its events and their version; set only around its append.
    private Func<TState, int, Task<object>>? _answer;

    /// <summary>
    /// Records several events as one atomic append; if they are a keyed call's, <paramref name="answer"/> (over the
    /// state after them) is the answer stored with them. It depends only on that state, so a retry gets the same.
    /// </summary>
    protected async Task RecordAsync(IEnumerable<IDomainEvent> events, Actor actor, string? correlationId, Func<TState, int, Task<object>> answer)
    {
        _answer = answer;
        try
        {
            await RecordAsync(events, actor, correlationId);
        }
        finally
        {
            _answer = null;
        }
    }

    private async Task<KeyedAnswer?> KeyedAnswerAsync(IReadOnlyList<TrailEntry> updates, int version)
    {
        if (_answer is not { } answer || KeyedCall.Current is not { } call || updates[0].CorrelationId != call.CorrelationId
            || ServiceProvider.GetService<KeyedAnswers>() is not { } answers)
        {
            return null;
        }

        var body = answers.Body(await answer(TentativeState, version));
        return new KeyedAnswer(IdempotencyRows.Answer(call, 200, KeyedAnswers.ContentType, body, Clock.GetUtcNow()), () => answers.Stored(call, body));
    }

    private sealed record KeyedAnswer(ProjectionWrite Write, Action Given);
}
