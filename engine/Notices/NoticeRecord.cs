namespace Supervision.Engine.Notices;

/// <summary>A notice as the office sees it: what, to whom, how it went, and what the server said.</summary>
public sealed record NoticeRecord(
    string Id,
    string Stream,
    string Kind,
    string? AgencyId,
    NoticeState State,
    string? Subject,
    IReadOnlyList<string> Recipients,
    string? MessageId,
    string? Reply,
    int Attempts,
    IReadOnlyList<string> Unaddressed,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
