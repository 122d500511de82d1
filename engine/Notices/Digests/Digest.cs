using MimeKit;

namespace Supervision.Engine.Notices.Digests;

/// <summary>One digest to send: its id (the day and the audience), who it is for, what it says, and what it carries.</summary>
public sealed record Digest(string Id, string Audience, string? AgencyId, IReadOnlyList<MailboxAddress> To, IReadOnlyList<string> Lines, IReadOnlyList<string> Attachments);
