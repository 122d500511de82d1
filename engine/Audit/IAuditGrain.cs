using Supervision.Engine.Audit.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Audit;

/// <summary>One day's security log (<c>audit-YYYY-MM-DD</c>): appends, hash-chained in the trail like every other stream.</summary>
public interface IAuditGrain : IGrainWithStringKey
{
    /// <summary>Records one access durably.</summary>
    Task RecordAsync(AccessAudited access, Actor actor);
}
