using System.Buffers.Binary;

namespace Supervision.Engine.Import.Ocr;

/// <summary>An image's kind and size from its header, so a huge scan is refused before any program decodes it.</summary>
internal static class ImageHeader
{
    public static ImageKind? Kind(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => ImageKind.Png,
        [0xFF, 0xD8, 0xFF, ..] => ImageKind.Jpeg,
        [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => ImageKind.Tiff,
        _ => null,
    };

    /// <summary>Width times height, or null when the header cannot be read.</summary>
    public static long? Pixels(ReadOnlySpan<byte> bytes, ImageKind kind) => kind switch
    {
        ImageKind.Png or ImageKind.Jpeg => Size(bytes, kind) is { } size ? size.Width * size.Height : null,
        ImageKind.Tiff => TiffPixels(bytes),
        _ => null,
    };

    /// <summary>Width and height of a PNG or JPEG (the two a PDF page can hold as they are), or null.</summary>
    public static (long Width, long Height)? Size(ReadOnlySpan<byte> bytes, ImageKind kind) => kind switch
    {
        ImageKind.Png when bytes.Length >= 24 => ((long)BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), (long)BinaryPrimitives.ReadUInt32BigEndian(bytes[20..])),
        ImageKind.Jpeg => JpegSize(bytes),
        _ => null,
    };

    // The first start-of-frame marker (C0–CF but C4, C8, CC) carries height and width.
    private static (long Width, long Height)? JpegSize(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 9 < bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
            }

            at += 2 + length;
        }

        return null;
    }

    // The first image directory's ImageWidth (256) and ImageLength (257) tags, SHORT or LONG.
    private static long? TiffPixels(ReadOnlySpan<byte> bytes)
    {
        var little = bytes[0] == 'I';
        var directory = bytes.Length >= 8 ? U32(bytes, 4, little) : uint.MaxValue;
        if (directory > bytes.Length - 2)
        {
            return null;
        }

        long width = 0, height = 0;
        for (var i = 0; i < U16(bytes, (int)directory, little) && directory + 2 + (12 * (i + 1)) <= bytes.Length; i++)
        {
            var entry = (int)directory + 2 + (12 * i);
            var value = U16(bytes, entry + 2, little) == 3 ? U16(bytes, entry + 8, little) : U32(bytes, entry + 8, little);
            switch (U16(bytes, entry, little))
            {
                case 256: width = value; break;
                case 257: height = value; break;
            }
        }

        return width > 0 && height > 0 ? width * height : null;
    }

    private static uint U32(ReadOnlySpan<byte> bytes, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);

    private static ushort U16(ReadOnlySpan<byte> bytes, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]);
}
