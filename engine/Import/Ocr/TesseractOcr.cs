using System.Globalization;
using UglyToad.PdfPig;

namespace Supervision.Engine.Import.Ocr;

/// <summary>
/// OCR with Debian's programs: <c>pdftoppm</c> (poppler-utils) rasterises one PDF page at a time in grey, and
/// <c>tesseract</c> with <c>chi_sim</c> reads it as one block (<c>--psm 6</c>) into tsv with word confidences.
/// Pages and pixels are checked before any program runs; each program run is killed at its page time limit.
/// </summary>
public sealed class TesseractOcr(OcrOptions? options = null) : IOcrEngine
{
    private readonly OcrOptions _options = options ?? new OcrOptions();

    public async Task<IReadOnlyList<OcrPage>> ReadPdfAsync(byte[] pdf, string fileName, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        CheckPdf(pdf, fileName);
        await OcrTools.RequireAsync(_options.Language, needsRasteriser: true, cancellation);
        using var folder = new ScratchFolder();
        var source = folder.File("scan.pdf");
        await File.WriteAllBytesAsync(source, pdf, cancellation);
        var pages = new List<OcrPage>();
        for (var page = 1; page <= PageCount(pdf); page++)
        {
            var image = folder.File($"page-{page}");
            var number = page.ToString(CultureInfo.InvariantCulture);
            await OcrProcess.RunAsync(
                "pdftoppm",
                ["-r", _options.Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-f", number, "-l", number, "-singlefile", source, image],
                PageTime,
                $"page {page} of {fileName}",
                cancellation);
            var read = await ReadAsync(image + ".png", page, $"page {page} of {fileName}", cancellation);
            File.Delete(image + ".png");
            pages.Add(read with { Image = await PagePreview.FromPdfAsync(source, page, _options, folder, $"page {page} of {fileName}", cancellation) });
        }

        return pages;
    }

    public async Task<IReadOnlyList<OcrPage>> ReadImageAsync(byte[] image, ImageKind kind, string fileName, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(image);
        var pixels = ImageHeader.Pixels(image, kind)
            ?? throw new ImportException(ImportErrorCodes.NotADocument, $"{fileName} is not a readable {kind} image.");
        if (pixels > _options.MaxPixels)
        {
            throw new ImportException(ImportErrorCodes.TooLarge, $"{fileName} has {pixels} pixels; at most {_options.MaxPixels} are read by OCR.");
        }

        await OcrTools.RequireAsync(_options.Language, needsRasteriser: false, cancellation);
        using var folder = new ScratchFolder();
        var path = folder.File("scan." + kind.ToString().ToLowerInvariant());
        await File.WriteAllBytesAsync(path, image, cancellation);
        var read = await ReadAsync(path, 1, fileName, cancellation);
        return [read with { Image = await PagePreview.FromImageAsync(image, kind, _options, folder, fileName, cancellation) }];
    }

    private TimeSpan PageTime => TimeSpan.FromSeconds(_options.PageSeconds);

    private async Task<OcrPage> ReadAsync(string image, int page, string what, CancellationToken cancellation)
    {
        var tsv = await OcrProcess.RunAsync("tesseract", [image, "-", "-l", _options.Language, "--psm", "6", "tsv"], PageTime, what, cancellation);
        return TsvPage.Read(tsv, page, _options.Threshold);
    }

    // Refused before rasterising: more pages than OCR reads, or a page that would exceed the pixel bound at Dpi.
    private void CheckPdf(byte[] pdf, string fileName)
    {
        using var document = PdfDocument.Open(pdf);
        if (document.NumberOfPages > _options.MaxPages)
        {
            throw new ImportException(ImportErrorCodes.TooManyPages, $"{fileName} is a scan of {document.NumberOfPages} pages; at most {_options.MaxPages} pages are read by OCR.");
        }

        for (var i = 1; i <= document.NumberOfPages; i++)
        {
            var page = document.GetPage(i);
            var pixels = (long)(page.Width / 72 * _options.Dpi) * (long)(page.Height / 72 * _options.Dpi);
            if (pixels > _options.MaxPixels)
            {
                throw new ImportException(ImportErrorCodes.TooLarge, $"Page {i} of {fileName} would be {pixels} pixels at {_options.Dpi} dpi; at most {_options.MaxPixels} are read by OCR.");
            }
        }
    }

    private static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }
}
