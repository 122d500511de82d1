using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices.Events;

/// <summary>
/// The mail server took the notice: its <paramref name="MessageId"/> (stable across retries), who it went to, the
/// server's reply, after how many attempts, and which recipient words had no usable address (reported to the office).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record NoticeSent(
    string NoticeId, string Kind, string Subject, IReadOnlyList<string> To, IReadOnlyList<string> Cc, string MessageId, string Reply, int Attempts,
    IReadOnlyList<string> Unaddressed) : IDomainEvent;
