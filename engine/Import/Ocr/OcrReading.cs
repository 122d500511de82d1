namespace Supervision.Engine.Import.Ocr;

/// <summary>How OCR read a scan, by line of the extracted text: each page's first line and mean confidence, and the doubtful words.</summary>
public sealed record OcrReading(IReadOnlyList<OcrPageMark> Pages);

/// <summary>A page read by OCR: where its text begins, its mean word confidence (0–100), and the words below the threshold with their lines.</summary>
/// <param name="Lines">Each extracted line's words on this page: how many and their mean confidence, for an item's own confidence.</param>
/// <param name="Image">The page as a scaled-down PNG, kept with the draft to show beside the text; null when none was made.</param>
public sealed record OcrPageMark(int Page, int FirstLine, double MeanConfidence, IReadOnlyList<OcrDoubt> Doubtful, IReadOnlyList<OcrLineMark>? Lines = null, byte[]? Image = null);

/// <summary>The words OCR read on one line of the extracted text: how many, and their mean confidence (0–100).</summary>
public sealed record OcrLineMark(int Line, int Words, double Confidence);

/// <summary>A word read with low confidence, on a 1-based line of the extracted text.</summary>
public sealed record OcrDoubt(int Line, string Word, double Confidence);
