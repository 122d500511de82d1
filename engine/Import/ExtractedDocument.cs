using Supervision.Engine.Import.Ocr;

namespace Supervision.Engine.Import;

/// <summary>The text of a document, one paragraph (or table row field) per line, the format it came from, and how OCR read it when it was a scan.</summary>
public sealed record ExtractedDocument(string Text, DocumentKind Kind, OcrReading? Ocr = null);
