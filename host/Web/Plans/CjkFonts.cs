using ScottPlot;
using SkiaSharp;

namespace Supervision.Host.Web.Plans;

/// <summary>
/// Hands ScottPlot the Noto CJK typeface from Debian's fonts-noto-cjk by file: the Skia build ScottPlot brings has no
/// fontconfig, so without this every Chinese label would be drawn in a Latin font, that is, not at all.
/// </summary>
public sealed class CjkFonts : IFontResolver
{
    public const string Family = "Noto Sans CJK SC";

    // In the collection, faces are ordered JP, KR, SC, TC, HK: index 2 is Simplified Chinese.
    private const int SimplifiedChinese = 2;

    private static readonly string[] Files =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    ];

    private static readonly Lazy<SKTypeface?> Face = new(() =>
        Files.Where(File.Exists).Select(f => SKTypeface.FromFile(f, SimplifiedChinese)).FirstOrDefault(t => t is not null));

    private static readonly Lazy<bool> Registered = new(() =>
    {
        Fonts.FontResolvers.Add(new CjkFonts());
        return Face.Value is not null;
    });

    /// <summary>Registers the resolver once; false when no CJK font file is installed (labels then fall back to ScottPlot's default).</summary>
    public static bool Ensure() => Registered.Value;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        fontName == Family ? Face.Value : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == Family ? Face.Value : null;
}
