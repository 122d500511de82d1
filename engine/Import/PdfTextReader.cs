using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Supervision.Engine.Import;

/// <summary>
/// Extracts a PDF's text layer with PdfPig: letters grouped into lines by baseline, and a line that runs
/// to the right margin joined with the next (across a page break, past a page-number footer), so a wrapped
/// paragraph is one line again as in the source.
/// </summary>
internal static partial class PdfTextReader
{
    private const int MinCharactersPerPage = 5;

    public static string Read(byte[] bytes, ImportLimits limits, CancellationToken cancellation)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw Encrypted(e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // PdfPig fails in many ways on a damaged or oddly encrypted file; an /Encrypt entry tells which.
            throw HasEncryptEntry(bytes) ? Encrypted(e) : new ImportException(ImportErrorCodes.NotADocument, "The PDF is damaged and cannot be read.", e);
        }

        using (document)
        {
            if (document.NumberOfPages > limits.MaxPdfPages)
            {
                throw new ImportException(ImportErrorCodes.TooLarge, $"The PDF has {document.NumberOfPages} pages; at most {limits.MaxPdfPages} are read.");
            }

            var pages = new List<List<PrintedLine>>();
            var chars = 0;
            foreach (var page in document.GetPages())
            {
                cancellation.ThrowIfCancellationRequested();
                var pageLines = PageLines(page);
                pages.Add(pageLines);
                chars += pageLines.Sum(l => l.Text.Length + 1);
                if (chars > limits.MaxTextChars)
                {
                    throw new ImportException(ImportErrorCodes.TooLarge, $"The PDF holds more than {limits.MaxTextChars} characters of text.");
                }
            }

            var text = Join([.. RunningHeads.Drop(pages, l => l.Text, l => l with { PageEnd = true }).SelectMany(p => p)]);
            // A scan with a stamp, a signature or a page number in text is still a scan: too little text for its pages.
            if (text.Count(c => !char.IsWhiteSpace(c)) < MinCharactersPerPage * pages.Count)
            {
                throw new ImportException(ImportErrorCodes.NoTextLayer, "The PDF has no text layer (scanned pages?); run it through OCR or import the original document.");
            }

            return text;
        }
    }

    // A line that reaches the margin without ending a sentence wraps into the next, unless that one is
    // numbered; the next line may be on the next page, so a paragraph broken by a page break is one again.
    // lineOf, when given, receives the 1-based line of the text each printed line ended up in (OCR marks words by it).
    internal static string Join(List<PrintedLine> lines, List<int>? lineOf = null)
    {
        var current = 1;
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            text.Append(line.Text);
            lineOf?.Add(current);
            var wraps = i + 1 < lines.Count && Numbering.Read(ChineseFold.Fold(lines[i + 1].Text)) is null
                && ((line.Full && !Terminal(line.Text)) || InsideParenthesis(line.Text, lines[i + 1].Text));
            if (!wraps)
            {
                text.Append(line.PageEnd ? "\n\n" : "\n");
                current += line.PageEnd ? 2 : 1;
            }
        }

        return text.ToString();
    }

    private static List<PrintedLine> PageLines(Page page)
    {
        var lines = Baselines(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())
            .ToList();
        // A running header or footer that is only the page number would stand between the halves of a
        // paragraph broken by the page; it is not part of the plan.
        if (lines.Count > 0 && PageNumber().IsMatch(LineText(lines[^1])))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count > 0 && PageNumber().IsMatch(LineText(lines[0])))
        {
            lines.RemoveAt(0);
        }

        if (lines.Count == 0)
        {
            return [];
        }

        // The right margin is where the page's longest line ends, but when no line on the page wraps (a
        // short plan, a last page) that is just the longest line: a text block is taken to be no narrower
        // than the page less the left margin on both sides (GB/T 9704 margins differ by 2 mm).
        var margin = Math.Max(lines.Max(l => l[^1].EndBaseLine.X), page.Width - lines.Min(l => l[0].StartBaseLine.X));
        var printed = new List<PrintedLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var size = lines[i].Average(l => l.PointSize);
            printed.Add(new PrintedLine(LineText(lines[i]), lines[i][^1].EndBaseLine.X >= margin - (size * 2), i == lines.Count - 1));
        }

        return printed;
    }

    // Letters on one baseline, top line first. Office software sets digits and Chinese in different fonts and sizes
    // (a fallback font for the glyphs the first lacks), so a line is the letters whose baselines lie within a third of
    // the line's type size of its first letter, not letters of one rounded height.
    private static List<List<Letter>> Baselines(IEnumerable<Letter> letters)
    {
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y))
        {
            var current = lines.Count > 0 ? lines[^1] : null;
            if (current is not null && current[0].StartBaseLine.Y - letter.StartBaseLine.Y <= Math.Max(1, Math.Max(current[0].PointSize, letter.PointSize) / 3))
            {
                current.Add(letter);
            }
            else
            {
                lines.Add([letter]);
            }
        }

        return lines;
    }

    // A line broken inside an assignment parenthesis that the next line closes (a producer's forced break, a short
    // last line before a page end) is one line: the parenthesis is read whole, so no agency is lost at the break.
    private static bool InsideParenthesis(string line, string next)
    {
        var folded = ChineseFold.Fold(line);
        var following = ChineseFold.Fold(next);
        var close = following.IndexOf(')', StringComparison.Ordinal);
        var open = following.IndexOf('(', StringComparison.Ordinal);
        return folded.LastIndexOf('(') > folded.LastIndexOf(')') && close >= 0 && (open < 0 || close < open);
    }

    private static bool Terminal(string line) =>
        line.Length > 0 && ChineseFold.Fold(line[^1]) is '。' or ';' or ':' or '!' or '?' or '.';

    private static string LineText(List<Letter> line)
    {
        var size = line.Average(l => l.PointSize);
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in line)
        {
            if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > size * 0.25)
            {
                text.Append(' ');
            }

            text.Append(letter.Value);
            previous = letter;
        }

        return text.ToString();
    }

    private static bool HasEncryptEntry(byte[] bytes) =>
        bytes.AsSpan().IndexOf("/Encrypt"u8) >= 0;

    private static ImportException Encrypted(Exception inner) =>
        new(ImportErrorCodes.Encrypted, "The PDF is password-protected; remove the protection and import it again.", inner);

    // "3", "- 3 -", "— 3 —", "第3页", "第 3 页 共 12 页", "3 / 12".
    [GeneratedRegex(@"^\s*[-—–]?\s*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:/|共)\s*\d{1,4}\s*页?)?\s*[-—–]?\s*$")]
    internal static partial Regex PageNumber();

    /// <summary>A printed line: its text, whether it reaches the right margin, and whether it ends its page.</summary>
    internal readonly record struct PrintedLine(string Text, bool Full, bool PageEnd);
}
