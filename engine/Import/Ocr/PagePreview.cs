using System.Globalization;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Supervision.Engine.Import.Ocr;

/// <summary>
/// The page image kept with a draft for the coordinator to compare with the text read from it: <c>pdftoppm</c> renders
/// the page again in grey, scaled to <see cref="OcrOptions.PreviewWidth"/> (a 300 dpi scan would be megabytes a page).
/// A PNG or JPEG scan is first held in a one-page PDF of its own size; a TIFF gets no image (PDF cannot hold one as is).
/// </summary>
internal static class PagePreview
{
    public static async Task<byte[]> FromPdfAsync(string pdf, int page, OcrOptions options, ScratchFolder folder, string what, CancellationToken cancellation)
    {
        var prefix = folder.File($"preview-{page}");
        var number = page.ToString(CultureInfo.InvariantCulture);
        await OcrProcess.RunAsync(
            "pdftoppm",
            ["-scale-to-x", options.PreviewWidth.ToString(CultureInfo.InvariantCulture), "-scale-to-y", "-1", "-gray", "-png", "-f", number, "-l", number, "-singlefile", pdf, prefix],
            TimeSpan.FromSeconds(options.PageSeconds),
            what,
            cancellation);
        var image = await File.ReadAllBytesAsync(prefix + ".png", cancellation);
        File.Delete(prefix + ".png");
        return image;
    }

    public static async Task<byte[]?> FromImageAsync(byte[] image, ImageKind kind, OcrOptions options, ScratchFolder folder, string what, CancellationToken cancellation)
    {
        if (!OcrTools.OnPath("pdftoppm") || ImageHeader.Size(image, kind) is not { } size)
        {
            return null;
        }

        byte[] pdf;
        try
        {
            var builder = new PdfDocumentBuilder();
            var page = builder.AddPage(size.Width, size.Height);
            var whole = new PdfRectangle(0, 0, size.Width, size.Height);
            _ = kind == ImageKind.Png ? page.AddPng(image, whole) : page.AddJpeg(image, whole);
            pdf = builder.Build();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or IndexOutOfRangeException)
        {
            // The text was read already; a PNG variant PdfPig cannot hold only costs the picture beside it.
            return null;
        }

        var path = folder.File("preview.pdf");
        await File.WriteAllBytesAsync(path, pdf, cancellation);
        return await FromPdfAsync(path, 1, options, folder, what, cancellation);
    }
}
