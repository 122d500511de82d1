using Supervision.Engine.Audit.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Audit;

/// <summary>
/// Keeps the access log apart from the work's streams, one stream per day so no stream grows for years; the
/// <c>audit_entries</c> table is written in the same transaction for the listing.
/// </summary>
public sealed class AuditGrain(IEventStore store, TimeProvider clock) : TrailGrain<AuditState>(store, clock), IAuditGrain
{
    protected override string StreamPrefix => StreamIds.AuditKind;

    public Task RecordAsync(AccessAudited access, Actor actor) => RecordAsync(access, actor, correlationId: null);

    protected override IEnumerable<ProjectionWrite> Project(AuditState before, AuditState after, IReadOnlyList<RecordedEvent> recorded) =>
        recorded.Select(r => AuditRows.Insert(StreamId, r.Version, r.Entry));
}
