namespace Supervision.Engine.Import.Ocr;

/// <summary>
/// Reads scanned pages into printed lines (issue 22 item 4). Behind an interface so the importer stays testable and
/// the host can say which program is missing; <see cref="TesseractOcr"/> is the one real engine.
/// </summary>
public interface IOcrEngine
{
    /// <summary>The pages of a PDF without a text layer; throws <see cref="ImportException"/> (<c>import.ocr_*</c>, <c>import.too_many_pages</c>).</summary>
    Task<IReadOnlyList<OcrPage>> ReadPdfAsync(byte[] pdf, string fileName, CancellationToken cancellation);

    /// <summary>One scanned image (.png, .jpg, .tif).</summary>
    Task<IReadOnlyList<OcrPage>> ReadImageAsync(byte[] image, ImageKind kind, string fileName, CancellationToken cancellation);
}
