using System.Text;

namespace Supervision.Engine.Import;

/// <summary>Decodes a text file: a BOM decides; else strict UTF-8; else GB18030 (older Chinese government files).</summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The text, or null when the bytes are not text in any of these encodings.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        var text = Bom(bytes) ?? Try(StrictUtf8, bytes) ?? Try(Gb18030.Value, bytes);
        return text is not null && LooksLikeText(text) ? text : null;
    }

    private static string? Bom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Try(StrictUtf8, bytes[3..]),
        [0xFF, 0xFE, ..] => Try(new UnicodeEncoding(false, false, true), bytes[2..]),
        [0xFE, 0xFF, ..] => Try(new UnicodeEncoding(true, false, true), bytes[2..]),
        _ => null,
    };

    private static string? Try(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // GB18030 decodes most byte soup; binary gives itself away by control characters.
    private static bool LooksLikeText(string text)
    {
        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        return !text.Contains('\0', StringComparison.Ordinal) && control <= text.Length / 200;
    }
}
