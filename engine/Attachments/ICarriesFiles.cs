using Supervision.Engine.Trail;

namespace Supervision.Engine.Attachments;

/// <summary>
/// An event that may carry uploaded files. What it carries is recorded, in its own transaction, as uploaded to the stream
/// it is written to; null only in events written before files were carried (their text lines were backfilled once).
/// </summary>
public interface ICarriesFiles : IDomainEvent
{
    IReadOnlyList<AttachedFile>? Files { get; }
}
