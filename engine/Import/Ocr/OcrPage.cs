namespace Supervision.Engine.Import.Ocr;

/// <summary>A page read by OCR: its lines top to bottom, the mean confidence of its words (0–100) and the words read below the threshold.</summary>
/// <param name="Image">The page as a PNG scaled down for the import page, shown beside the text read from it; null when none was made.</param>
public sealed record OcrPage(int Number, IReadOnlyList<OcrLine> Lines, double MeanConfidence, byte[]? Image = null);

/// <summary>A line read by OCR; <paramref name="Full"/> when it reaches the right margin (a wrapped line), <paramref name="Doubtful"/> the words to check.</summary>
/// <param name="Confidence">The mean confidence of the line's words (0–100).</param>
/// <param name="Words">How many words the line has, to weigh its confidence in an item's.</param>
public sealed record OcrLine(string Text, bool Full, IReadOnlyList<OcrWord> Doubtful, double Confidence = 0, int Words = 0);

/// <summary>A word and Tesseract's confidence in it (0–100).</summary>
public sealed record OcrWord(string Text, double Confidence);
