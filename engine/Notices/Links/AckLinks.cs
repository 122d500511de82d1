using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices.Links;

/// <summary>
/// Signs and checks one-click acknowledge links: the token is the link's JSON and its HMAC-SHA256 under the
/// installation's link key, both base64url: the key the host resolved at start (<see cref="NoticeLinkKey"/>; shared by every
/// node), or else <c>data/keys/notice-link-key</c> (created on first use, mode 0600). A link is used once: its use is a row
/// of <c>notice_links</c>, written when the acknowledgement was recorded.
/// </summary>
public sealed class AckLinks(NoticeOptions options, ITables tables, TimeProvider clock, NoticeLinkKey? key = null)
{
    private readonly Lazy<byte[]> _key = new(() => key?.Bytes ?? LoadKey(options.LinkKeyPath));

    public string Sign(AckLink link)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(link, EventCodec.Json);
        return $"{Base64Url.EncodeToString(body)}.{Base64Url.EncodeToString(HMACSHA256.HashData(_key.Value, body))}";
    }

    public string Url(AckLink link) => $"{options.PublicUrl.TrimEnd('/')}/notices/ack?t={Sign(link)}";

    /// <summary>The link a token carries when its signature holds, else null; says whether it is expired or used.</summary>
    public async Task<(AckLinkVerdict Verdict, AckLink? Link)> CheckAsync(string? token, CancellationToken cancellationToken = default)
    {
        var link = Read(token);
        if (link is null)
        {
            return (AckLinkVerdict.Tampered, null);
        }

        if (clock.GetUtcNow() > link.Expires)
        {
            return (AckLinkVerdict.Expired, link);
        }

        var used = await tables.QueryAsync("SELECT 1 FROM notice_links WHERE id = @id", new Dictionary<string, object?> { ["id"] = UseId(link) }, _ => 1, cancellationToken);
        return (used.Count > 0 ? AckLinkVerdict.Used : AckLinkVerdict.Valid, link);
    }

    /// <summary>Marks the link used; true when this call was the first.</summary>
    public async Task<bool> UseAsync(AckLink link, CancellationToken cancellationToken = default) =>
        await tables.ExecuteAsync([new ProjectionWrite(
            "INSERT INTO notice_links (id, notice_id, used_by, used_at) VALUES (@id, @notice, @by, @at) ON CONFLICT (id) DO NOTHING",
            new Dictionary<string, object?> { ["id"] = UseId(link), ["notice"] = link.NoticeId, ["by"] = link.RecipientEmail, ["at"] = clock.GetUtcNow() })],
            cancellationToken) == 1;

    /// <summary>The correlation id an acknowledgement through this link is recorded with: a second use answers as the first.</summary>
    public static string CorrelationId(AckLink link) => $"link:{UseId(link)}";

    private static string UseId(AckLink link) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{link.NoticeId}\n{link.AssignmentId}\n{link.RecipientEmail}")))[..32];

    private AckLink? Read(string? token)
    {
        var dot = token?.IndexOf('.') ?? -1;
        if (token is null || dot <= 0 || token.Length > 4096)
        {
            return null;
        }

        try
        {
            var body = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            var mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            return CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(_key.Value, body))
                ? JsonSerializer.Deserialize<AckLink>(body, EventCodec.Json)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static byte[] LoadKey(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromHexString(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new StreamWriter(path, Encoding.ASCII, options);
            file.Write(Convert.ToHexString(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return Convert.FromHexString(File.ReadAllText(path).Trim());
        }
    }
}
