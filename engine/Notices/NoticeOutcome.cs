namespace Supervision.Engine.Notices;

/// <summary>Where a notice stands, as <c>GET /api/v1/notices?state=</c> filters it.</summary>
public enum NoticeState
{
    /// <summary>Not yet taken by the server (waiting, or retrying after a failure: see <c>last_error</c>).</summary>
    Pending,
    Sent,
    Failed,
    /// <summary>Nobody it is for has a usable address.</summary>
    Unaddressed,
}
