namespace Supervision.Engine.Import;

/// <summary>The format a document was recognised as, by its bytes.</summary>
public enum DocumentKind
{
    /// <summary>Plain text (UTF-8, UTF-16 with BOM, or GB18030).</summary>
    Text,

    /// <summary>Office Open XML word-processing document.</summary>
    Docx,

    /// <summary>PDF with a text layer.</summary>
    Pdf,

    /// <summary>Office Open XML workbook (a task-breakdown table).</summary>
    Xlsx,

    /// <summary>A PDF of scanned pages without a text layer, read by OCR.</summary>
    ScannedPdf,

    /// <summary>A scanned page uploaded as a .png, .jpg or .tif image, read by OCR.</summary>
    Image,
}
