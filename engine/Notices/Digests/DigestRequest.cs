namespace Supervision.Engine.Notices.Digests;

/// <summary>
/// The payload of a <c>digest.send</c> reaction: one digest as it was built, so every attempt sends the same message
/// (the same words, the same Message-Id) whatever the tables say by then.
/// </summary>
public sealed record DigestRequest(
    string Stream, string Id, string Date, string Audience, string? AgencyId, IReadOnlyList<string> To, IReadOnlyList<string> Lines, IReadOnlyList<string> Attachments);
