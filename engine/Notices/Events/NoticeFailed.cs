using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices.Events;

/// <summary>The notice could not be delivered: the server refused it for good, or every attempt failed. <paramref name="Reply"/> is what the server (or the connection) said last.</summary>
[GenerateSerializer, Immutable]
public sealed record NoticeFailed(
    string NoticeId, string Kind, string Subject, IReadOnlyList<string> To, IReadOnlyList<string> Cc, string MessageId, string Reply, int Attempts) : IDomainEvent;
