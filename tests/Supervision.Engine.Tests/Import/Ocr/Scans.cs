using System.Diagnostics;
using Supervision.Engine.Tests.Import.Office;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Supervision.Engine.Tests.Import.Ocr;

/// <summary>Scans made as a scanner would: the seed written to PDF by LibreOffice, its pages rasterised by pdftoppm.</summary>
internal static class Scans
{
    private static readonly Lazy<string> SeedPdf = new(() =>
        Soffice.Convert(Fixture.Path("seed.txt"), "pdf", Directory.CreateTempSubdirectory("import-ocr-").FullName));

    /// <summary>The seed as LibreOffice prints it, with its text layer.</summary>
    public static byte[] Printed => File.ReadAllBytes(SeedPdf.Value);

    /// <summary>Only the given pages of the printed seed, text layer kept: what the scan of those pages says.</summary>
    public static byte[] PrintedPages(params int[] pages)
    {
        using var document = PdfDocument.Open(Printed);
        var builder = new PdfDocumentBuilder();
        foreach (var page in pages)
        {
            builder.AddPage(document, page);
        }

        return builder.Build();
    }

    /// <summary>A page of the printed seed as a 300 dpi grey PNG, as a scanner gives it.</summary>
    public static byte[] Page(int page)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(SeedPdf.Value)!, $"page-{page}");
        if (!File.Exists(prefix + ".png"))
        {
            var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var start = new ProcessStartInfo("pdftoppm") { ArgumentList = { "-r", "300", "-gray", "-png", "-f", number, "-l", number, "-singlefile", SeedPdf.Value, prefix } };
            using var process = Process.Start(start)!;
            process.WaitForExit();
        }

        return File.ReadAllBytes(prefix + ".png");
    }

    /// <summary>A PDF of images only (no text layer): each page one scanned A4 image.</summary>
    public static byte[] ImageOnlyPdf(params byte[][] pngs)
    {
        var builder = new PdfDocumentBuilder();
        foreach (var png in pngs)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddPng(png, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }

        return builder.Build();
    }

    /// <summary>Blank pages, for the page limit.</summary>
    public static byte[] BlankPdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        }

        return builder.Build();
    }

    /// <summary>An uncompressed 8-bit grey TIFF of random dots: an image that is not a document.</summary>
    public static byte[] NoiseTiff(int width, int height, int seed = 7)
    {
        var pixels = new byte[width * height];
        new Random(seed).NextBytes(pixels);
        (ushort Tag, ushort Type, uint Value)[] tags =
        [
            (256, 4, (uint)width), (257, 4, (uint)height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
            (273, 4, 0), (277, 3, 1), (278, 4, (uint)height), (279, 4, (uint)pixels.Length),
        ];
        var directorySize = 2 + (12 * tags.Length) + 4;
        using var tiff = new MemoryStream();
        using var writer = new BinaryWriter(tiff);
        writer.Write("II"u8);
        writer.Write((ushort)42);
        writer.Write(8u);
        writer.Write((ushort)tags.Length);
        foreach (var (tag, type, value) in tags)
        {
            writer.Write(tag);
            writer.Write(type);
            writer.Write(1u);
            writer.Write(tag == 273 ? (uint)(8 + directorySize) : value);
        }

        writer.Write(0u);
        writer.Write(pixels);
        return tiff.ToArray();
    }
}

/// <summary>A test that needs Debian's OCR programs: skipped, saying why, only where they are missing (test.sh installs them).</summary>
public sealed class NeedsOcrAttribute : FactAttribute
{
    public NeedsOcrAttribute()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var missing = new[] { ("pdftoppm", "poppler-utils"), ("tesseract", "tesseract-ocr"), ("soffice", "libreoffice-writer-nogui") }
            .Where(p => !path.Any(dir => File.Exists(Path.Combine(dir, p.Item1)))).Select(p => p.Item2).ToList();
        if (!Directory.Exists("/usr/share/tesseract-ocr") || !Directory.EnumerateFiles("/usr/share/tesseract-ocr", "chi_sim.traineddata", SearchOption.AllDirectories).Any())
        {
            missing.Add("tesseract-ocr-chi-sim");
        }

        if (missing.Count > 0)
        {
            Skip = $"OCR tools are not installed: apt-get install {string.Join(' ', missing)}, as test.sh does";
        }
    }
}
