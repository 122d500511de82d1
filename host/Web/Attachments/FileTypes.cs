using System.Text;

namespace Supervision.Host.Web.Attachments;

/// <summary>The evidence types accepted, by extension, each with the first bytes its content must start with.</summary>
public static class FileTypes
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    private static readonly Dictionary<string, (string Type, byte[]? Magic)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".doc"] = ("application/msword", Ole),
        [".xls"] = ("application/vnd.ms-excel", Ole),
        [".png"] = ("image/png", Png),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
        [".txt"] = ("text/plain", null),
    };

    /// <summary>The content type for a file of this name and content, or null when it is not accepted.</summary>
    public static string? Of(string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0 || !Known.TryGetValue(Path.GetExtension(name), out var known))
        {
            return null;
        }

        var fits = known.Magic is { } magic ? content.AsSpan().StartsWith(magic) : IsText(content);
        return fits ? known.Type : null;
    }

    private static bool IsText(byte[] content)
    {
        try
        {
            return !new UTF8Encoding(false, true).GetString(content).Contains('\0', StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
