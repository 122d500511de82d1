namespace Supervision.Engine.Import.Ocr;

/// <summary>How OCR read one item: the page it starts on, the mean confidence of its words (0–100), and the words read below the threshold.</summary>
public sealed record ItemOcr(int Page, double Confidence, IReadOnlyList<DoubtfulWord> Doubtful);

/// <summary>A word read below the threshold and where it stands in the item's text (<see cref="DraftItem.Text"/>); null when it stands outside it (in the agency list).</summary>
public sealed record DoubtfulWord(string Word, double Confidence, int? Start);
