namespace Supervision.Engine.Import.Ocr;

/// <summary>A page read by OCR: its lines top to bottom, the mean confidence of its words (0–100) and the words read below the threshold.</summary>
public sealed record OcrPage(int Number, IReadOnlyList<OcrLine> Lines, double MeanConfidence);

/// <summary>A line read by OCR; <paramref name="Full"/> when it reaches the right margin (a wrapped line), <paramref name="Doubtful"/> the words to check.</summary>
public sealed record OcrLine(string Text, bool Full, IReadOnlyList<OcrWord> Doubtful);

/// <summary>A word and Tesseract's confidence in it (0–100).</summary>
public sealed record OcrWord(string Text, double Confidence);
