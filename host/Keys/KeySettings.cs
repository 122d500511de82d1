namespace Supervision.Host.Keys;

/// <summary>
/// Secrets every node of an installation must share (<c>Supervision:Keys:*</c>). Today one: the notice link key, given as
/// its value (<see cref="NoticeLink"/>) or a file holding it (<see cref="NoticeLinkFile"/>); neither: <c>keys/notice-link-key</c>
/// in the data folder, made at first start. The format is 64 hexadecimal digits (32 random bytes), such as <c>openssl rand -hex 32</c> prints.
/// </summary>
public sealed class KeySettings
{
    /// <summary>The notice link key itself (64 hex digits); better kept in an environment variable or a file than on a command line.</summary>
    public string? NoticeLink { get; set; }

    /// <summary>A file holding the notice link key; made (mode 0600) at first start when it does not exist.</summary>
    public string? NoticeLinkFile { get; set; }
}
