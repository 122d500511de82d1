using Supervision.Engine.Import.Ocr;

namespace Supervision.Engine.Import;

/// <summary>
/// Reads a .txt, .docx, .xlsx or .pdf into text within the <see cref="ImportLimits"/>. The format is decided by
/// the bytes, never by the file name alone; every failure is an <see cref="ImportException"/>. Given an
/// <paramref name="ocr"/> engine, a PDF without a text layer and a .png/.jpg/.tif scan are read by OCR.
/// </summary>
public sealed class DocumentReader(ImportLimits? limits = null, IOcrEngine? ocr = null)
{
    private readonly ImportLimits _limits = limits ?? ImportLimits.Default;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public async Task<ExtractedDocument> ReadFileAsync(string path, CancellationToken cancellation = default)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > _limits.MaxFileBytes)
        {
            throw TooLarge(info.Length);
        }

        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream, info.Name, cancellation);
    }

    /// <summary>Reads <paramref name="content"/>; <paramref name="fileName"/> only words the messages.</summary>
    public async Task<ExtractedDocument> ReadAsync(Stream content, string fileName, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await WithinTimeAsync(t => ReadBoundedAsync(content, t), fileName, cancellation);
        if (ImageHeader.Kind(bytes) is { } image)
        {
            return await ScanAsync(o => o.ReadImageAsync(bytes, image, fileName, cancellation), DocumentKind.Image, fileName);
        }

        try
        {
            // The extraction is CPU-bound and polls the token; WaitAsync bounds the caller's wait even if
            // a single PdfPig page call runs long.
            return await WithinTimeAsync(t => Task.Run(() => Extract(bytes, fileName, t), t).WaitAsync(t), fileName, cancellation);
        }
        catch (ImportException e) when (e.Code == ImportErrorCodes.NoTextLayer && ocr is not null)
        {
            return await ScanAsync(o => o.ReadPdfAsync(bytes, fileName, cancellation), DocumentKind.ScannedPdf, fileName);
        }
    }

    private async Task<T> WithinTimeAsync<T>(Func<CancellationToken, Task<T>> read, string fileName, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(_limits.Timeout);
        try
        {
            return await read(timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw new ImportException(ImportErrorCodes.Timeout, $"Reading {fileName} took longer than {_limits.Timeout.TotalSeconds:0} seconds.", e);
        }
    }

    // OCR is bounded by its own page, pixel and per-page time limits (OcrOptions), not by the text reader's timeout.
    private async Task<ExtractedDocument> ScanAsync(Func<IOcrEngine, Task<IReadOnlyList<OcrPage>>> read, DocumentKind kind, string fileName)
    {
        if (ocr is null)
        {
            throw new ImportException(ImportErrorCodes.NotADocument, $"{fileName} is an image; this reader has no OCR.");
        }

        var document = ScannedText.Build(await read(ocr), kind, fileName);
        return document.Text.Length > _limits.MaxTextChars
            ? throw new ImportException(ImportErrorCodes.TooLarge, $"{fileName} holds more than {_limits.MaxTextChars} characters of text.")
            : document;
    }

    private ExtractedDocument Extract(byte[] bytes, string fileName, CancellationToken cancellation)
    {
        var (kind, text) = DocumentSniffer.Sniff(bytes, fileName) switch
        {
            DocumentKind.Pdf => (DocumentKind.Pdf, PdfTextReader.Read(bytes, _limits, cancellation)),
            DocumentKind.Docx => (DocumentKind.Docx, DocxReader.Read(bytes, _limits, cancellation)),
            DocumentKind.Xlsx => (DocumentKind.Xlsx, XlsxReader.Read(bytes, _limits, cancellation)),
            _ => (DocumentKind.Text, TextDecoder.Decode(bytes)
                ?? throw new ImportException(ImportErrorCodes.NotADocument, $"{fileName} is neither text, a Word .docx nor a PDF.")),
        };
        if (text.Length > _limits.MaxTextChars)
        {
            throw new ImportException(ImportErrorCodes.TooLarge, $"{fileName} holds more than {_limits.MaxTextChars} characters of text.");
        }

        return text.Trim().Length == 0
            ? throw new ImportException(ImportErrorCodes.Empty, $"{fileName} contains no text.")
            : new ExtractedDocument(text, kind);
    }

    private async Task<byte[]> ReadBoundedAsync(Stream content, CancellationToken cancellation)
    {
        if (content.CanSeek && content.Length - content.Position > _limits.MaxFileBytes)
        {
            throw TooLarge(content.Length - content.Position);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > _limits.MaxFileBytes)
            {
                throw TooLarge(buffer.Length + read);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0
            ? throw new ImportException(ImportErrorCodes.Empty, "The file is empty.")
            : buffer.ToArray();
    }

    private ImportException TooLarge(long bytes) =>
        new(ImportErrorCodes.TooLarge, $"The file is larger than the {_limits.MaxFileBytes / (1024 * 1024)} MB limit ({bytes} bytes or more).");
}
