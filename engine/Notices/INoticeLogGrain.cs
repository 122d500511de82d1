using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices;

/// <summary>The trail of the notices about one assignment (or one day's digests): what was sent, what failed, what had no address.</summary>
public interface INoticeLogGrain : IGrainWithStringKey
{
    /// <summary>Records an outcome once: a notice already recorded as sent stays sent.</summary>
    Task RecordAsync(IDomainEvent outcome);
}
