namespace Supervision.Engine.Import.Ocr;

/// <summary>
/// The pages OCR read as one text, joined as a PDF's text layer is (<see cref="PdfTextReader.Join"/>: wrapped lines,
/// a paragraph or parenthesis over a page end, page numbers and running heads dropped), with where each page and doubtful word landed.
/// </summary>
internal static class ScannedText
{
    private sealed record ScanLine(OcrLine Line, int Page, bool PageEnd);

    // A page that is a document gives at least a line's worth of characters read with some confidence.
    private const int MinCharacters = 10;
    private const double MinConfidence = 40;

    public static ExtractedDocument Build(IReadOnlyList<OcrPage> pages, DocumentKind kind, string fileName)
    {
        var read = pages.Where(p => p.MeanConfidence >= MinConfidence && p.Lines.Sum(l => l.Text.Count(c => !char.IsWhiteSpace(c))) >= MinCharacters)
            .Select(Furnished)
            .Where(p => p.Count > 0)
            .ToList();
        if (read.Count == 0)
        {
            throw new ImportException(ImportErrorCodes.OcrNothing, $"No text was found in {fileName} by OCR: it does not look like a scanned document.");
        }

        var lines = RunningHeads.Drop(read, l => l.Line.Text, l => l with { PageEnd = true }).SelectMany(p => p).ToList();
        var lineOf = new List<int>(lines.Count);
        var text = PdfTextReader.Join([.. lines.Select(l => new PdfTextReader.PrintedLine(l.Line.Text, l.Line.Full, l.PageEnd))], lineOf);
        var marks = lines.Select((l, i) => (l, Line: lineOf[i])).GroupBy(x => x.l.Page).Select(g => new OcrPageMark(
            g.Key,
            g.First().Line,
            pages.First(p => p.Number == g.Key).MeanConfidence,
            [.. g.SelectMany(x => x.l.Line.Doubtful.Select(w => new OcrDoubt(x.Line, w.Text, w.Confidence)))],
            [.. g.Where(x => x.l.Line.Words > 0).Select(x => new OcrLineMark(x.Line, x.l.Line.Words, x.l.Line.Confidence))],
            pages.First(p => p.Number == g.Key).Image));
        return new ExtractedDocument(text, kind, new OcrReading([.. marks]));
    }

    // A page number above or below the text is not part of the plan (as on a PDF's text layer).
    private static List<ScanLine> Furnished(OcrPage page)
    {
        var lines = page.Lines.ToList();
        if (lines.Count > 0 && PdfTextReader.PageNumber().IsMatch(lines[^1].Text))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count > 0 && PdfTextReader.PageNumber().IsMatch(lines[0].Text))
        {
            lines.RemoveAt(0);
        }

        return [.. lines.Select((l, i) => new ScanLine(l, page.Number, i == lines.Count - 1))];
    }
}
