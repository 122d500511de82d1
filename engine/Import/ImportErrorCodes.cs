namespace Supervision.Engine.Import;

/// <summary>The stable codes of <see cref="ImportException"/>; the API maps them to problem types.</summary>
public static class ImportErrorCodes
{
    /// <summary>The file, its unpacked parts or its extracted text exceed a limit.</summary>
    public const string TooLarge = "import.too_large";

    /// <summary>The file is empty or holds no text.</summary>
    public const string Empty = "import.empty";

    /// <summary>The bytes are not a text file, .docx or .pdf, whatever the file is called.</summary>
    public const string NotADocument = "import.not_a_document";

    /// <summary>The document is password-protected.</summary>
    public const string Encrypted = "import.encrypted";

    /// <summary>A .docx whose parts unpack to far more than the file (a decompression bomb).</summary>
    public const string ZipBomb = "import.zip_bomb";

    /// <summary>A PDF of scanned images without a text layer.</summary>
    public const string NoTextLayer = "import.no_text_layer";

    /// <summary>Reading took longer than the time limit.</summary>
    public const string Timeout = "import.timeout";

    /// <summary>A scan needs OCR but a program (pdftoppm, tesseract) or the Chinese language data is not installed.</summary>
    public const string OcrMissing = "import.ocr_missing";

    /// <summary>OCR found no text in the scan: the image is not a document.</summary>
    public const string OcrNothing = "import.ocr_nothing";

    /// <summary>Rasterising or reading one scanned page took longer than its time limit.</summary>
    public const string OcrTimeout = "import.ocr_timeout";

    /// <summary>A scanned PDF has more pages than OCR reads.</summary>
    public const string TooManyPages = "import.too_many_pages";
}
