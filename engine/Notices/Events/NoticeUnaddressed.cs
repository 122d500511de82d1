using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices.Events;

/// <summary>Nobody the notice is for has a usable address: nothing was sent, and the office sees it (never silently skipped).</summary>
[GenerateSerializer, Immutable]
public sealed record NoticeUnaddressed(string NoticeId, string Kind, string AgencyId, IReadOnlyList<string> Unaddressed) : IDomainEvent;
