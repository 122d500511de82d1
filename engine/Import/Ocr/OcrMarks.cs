namespace Supervision.Engine.Import.Ocr;

/// <summary>
/// Marks what OCR read in a draft: each page with its mean confidence, each item with the page it was read from, and
/// the words read below the threshold, listed on their item (or line) for the coordinator to check against the scan.
/// </summary>
public static class OcrMarks
{
    public const string Page = "ocr.page";
    public const string Item = "ocr.item";
    public const string Doubtful = "ocr.doubtful";

    // A badly scanned page would list hundreds of words; the first ones say enough to send the reader to the scan.
    private const int MostWords = 30;

    /// <summary>The draft with the OCR warnings added; unchanged when <paramref name="reading"/> is null.</summary>
    public static PlanDraft Apply(PlanDraft draft, OcrReading? reading)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (reading is null)
        {
            return draft;
        }

        OcrPageMark PageAt(int line) => reading.Pages.LastOrDefault(p => p.FirstLine <= line) ?? reading.Pages[0];
        var lines = draft.Items.Select(i => i.Line).Order().ToList();
        int Until(int line) => lines.FirstOrDefault(l => l > line, int.MaxValue);
        var read = draft.Items.Select(i => i with { Ocr = Read(i, reading, PageAt(i.Line).Page, i.Line, Until(i.Line)) }).ToList();
        var items = read.OrderBy(i => i.Line).ToList();
        string? ItemAt(int line) => items.LastOrDefault(i => i.Line <= line)?.Ref;
        var warnings = draft.Warnings.ToList();
        warnings.AddRange(reading.Pages.Select(p => new DraftWarning(
            p.FirstLine, Page, $"Page \"{p.Page}\" was read by OCR with a mean confidence of \"{p.MeanConfidence:0}\"%; compare it with the scan.")));
        warnings.AddRange(items.Select(i => new DraftWarning(
            i.Line, Item, $"Read by OCR from page \"{i.Ocr!.Page}\" (confidence \"{i.Ocr.Confidence:0}\"%).", i.Ref)));
        foreach (var group in reading.Pages.SelectMany(p => p.Doubtful).GroupBy(d => ItemAt(d.Line) ?? $"line {d.Line}"))
        {
            var words = string.Join("、", group.Take(MostWords).Select(d => $"{d.Word} {d.Confidence:0}%"));
            var more = group.Count() > MostWords ? $" and {group.Count() - MostWords} more" : "";
            warnings.Add(new DraftWarning(
                group.First().Line, Doubtful, $"OCR read these words with low confidence: \"{words}\"{more}; check them against the scan.", ItemAt(group.First().Line)));
        }

        return draft with { Items = read, Warnings = [.. warnings.OrderBy(w => w.Line)] };
    }

    // The item's own confidence (its words' mean over its lines) and its doubtful words found in its text in reading order.
    private static ItemOcr Read(DraftItem item, OcrReading reading, int page, int from, int until)
    {
        var lines = reading.Pages.SelectMany(p => p.Lines ?? []).Where(l => l.Line >= from && l.Line < until).ToList();
        var words = lines.Sum(l => l.Words);
        var confidence = words == 0
            ? reading.Pages.First(p => p.Page == page).MeanConfidence
            : Math.Round(lines.Sum(l => l.Confidence * l.Words) / words);
        var at = 0;
        var doubtful = new List<DoubtfulWord>();
        foreach (var doubt in reading.Pages.SelectMany(p => p.Doubtful).Where(d => d.Line >= from && d.Line < until))
        {
            var found = item.Text.IndexOf(doubt.Word, at, StringComparison.Ordinal);
            doubtful.Add(new DoubtfulWord(doubt.Word, doubt.Confidence, found < 0 ? null : found));
            at = found < 0 ? at : found + doubt.Word.Length;
        }

        return new ItemOcr(page, confidence, doubtful);
    }
}
