namespace Supervision.Engine.Import.Ocr;

/// <summary>How OCR read a scan, by line of the extracted text: each page's first line and mean confidence, and the doubtful words.</summary>
public sealed record OcrReading(IReadOnlyList<OcrPageMark> Pages);

/// <summary>A page read by OCR: where its text begins, its mean word confidence (0–100), and the words below the threshold with their lines.</summary>
public sealed record OcrPageMark(int Page, int FirstLine, double MeanConfidence, IReadOnlyList<OcrDoubt> Doubtful);

/// <summary>A word read with low confidence, on a 1-based line of the extracted text.</summary>
public sealed record OcrDoubt(int Line, string Word, double Confidence);
