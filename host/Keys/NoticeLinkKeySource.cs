using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.Notices.Links;

namespace Supervision.Host.Keys;

/// <summary>
/// Finds the notice link key at start — the setting's value, else its file, else <c>keys/notice-link-key</c> — and makes the
/// file (32 random bytes as 64 hex digits, mode 0600) when it does not exist yet, so it can be copied to the other nodes
/// before any link is mailed. A key that is not 64 hex digits stops the host with a sentence saying where it came from.
/// </summary>
public static class NoticeLinkKeySource
{
    public const int Bytes = 32;

    /// <summary>The key and where it came from, or the sentence saying what is wrong.</summary>
    public static (NoticeLinkKey? Key, string From, string? Problem) Resolve(KeySettings settings, string defaultPath)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.NoticeLink is { Length: > 0 } && settings.NoticeLinkFile is { Length: > 0 })
        {
            return (null, "", "Setting Supervision:Keys:NoticeLink is invalid: give the notice link key either as its value or as a file (Supervision:Keys:NoticeLinkFile), not both.");
        }

        if (settings.NoticeLink is { Length: > 0 } value)
        {
            return Parse(value, "Setting Supervision:Keys:NoticeLink", "the setting Supervision:Keys:NoticeLink");
        }

        var (path, setting) = settings.NoticeLinkFile is { Length: > 0 } file
            ? (Path.GetFullPath(file), "Setting Supervision:Keys:NoticeLinkFile")
            : (defaultPath, "The notice link key file");
        try
        {
            return Parse(File.Exists(path) ? File.ReadAllText(path) : Create(path), $"{setting} ({path})", path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, path, $"{setting} is invalid: {path} could not be read or made ({e.Message}).");
        }
    }

    /// <summary>What the database keeps of the key: an HMAC under it of a fixed label, so nodes compare keys without showing them.</summary>
    public static string Fingerprint(NoticeLinkKey key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData((key ?? throw new ArgumentNullException(nameof(key))).Bytes, "supervision notice link key fingerprint"u8))[..32];

    private static (NoticeLinkKey?, string, string?) Parse(string text, string where, string from)
    {
        var hex = text.Trim();
        return hex.Length == Bytes * 2 && hex.All(char.IsAsciiHexDigit)
            ? (new NoticeLinkKey(Convert.FromHexString(hex)), from, null)
            : (null, from, $"{where} is invalid: a notice link key is {Bytes * 2} hexadecimal digits ({Bytes} random bytes, such as `openssl rand -hex 32` prints); " +
                $"this one has {hex.Length} characters{(hex.All(char.IsAsciiHexDigit) ? "" : ", not all hexadecimal")}.");
    }

    private static string Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = Convert.ToHexString(RandomNumberGenerator.GetBytes(Bytes));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new StreamWriter(path, Encoding.ASCII, options);
            file.Write(text);
            return text;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process of this data folder made it first: use theirs.
            return File.ReadAllText(path);
        }
    }
}
