using Supervision.Engine.Notices.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices;

/// <summary>
/// Keeps the notice stream (<c>notices-{assignment id}</c>) apart from the assignment's own, so mail never touches
/// the assignment's cycle or version; the <c>notices</c> table is written in the same transaction.
/// </summary>
public sealed class NoticeLogGrain(IEventStore store, TimeProvider clock) : TrailGrain<NoticeLogState>(store, clock), INoticeLogGrain
{
    protected override string StreamPrefix => StreamIds.NoticesKind;

    public async Task RecordAsync(IDomainEvent outcome)
    {
        var id = outcome switch
        {
            NoticeSent s => s.NoticeId,
            NoticeFailed f => f.NoticeId,
            NoticeUnaddressed u => u.NoticeId,
            _ => throw new ArgumentException($"{outcome.GetType().Name} is not a notice outcome.", nameof(outcome)),
        };
        if (!State.Sent.Contains(id))
        {
            await RecordAsync(outcome, Actor.System, correlationId: null);
        }
    }

    protected override IEnumerable<ProjectionWrite> Project(NoticeLogState before, NoticeLogState after, IReadOnlyList<RecordedEvent> recorded) =>
        recorded.Select(r => NoticeRows.Outcome(this.GetPrimaryKeyString(), r.Entry));
}
