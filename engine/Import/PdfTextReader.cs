using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Supervision.Engine.Import;

/// <summary>
/// Extracts a PDF's text layer with PdfPig: letters grouped into lines by baseline, and a line that runs
/// to the right margin joined with the next, so a wrapped paragraph is one line again as in the source.
/// </summary>
internal static class PdfTextReader
{
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

            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                cancellation.ThrowIfCancellationRequested();
                AppendPage(page, text);
                if (text.Length > limits.MaxTextChars)
                {
                    throw new ImportException(ImportErrorCodes.TooLarge, $"The PDF holds more than {limits.MaxTextChars} characters of text.");
                }
            }

            if (text.ToString().Trim().Length == 0)
            {
                throw new ImportException(ImportErrorCodes.NoTextLayer, "The PDF has no text layer (scanned pages?); run it through OCR or import the original document.");
            }

            return text.ToString();
        }
    }

    private static void AppendPage(Page page, StringBuilder text)
    {
        var lines = page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y / Math.Max(1, l.PointSize * 0.5)))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())
            .ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var margin = lines.Max(l => l[^1].EndBaseLine.X);
        var printed = lines.Select(LineText).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(printed[i]);
            var size = lines[i].Average(l => l.PointSize);
            var full = lines[i][^1].EndBaseLine.X >= margin - (size * 2);
            var wraps = full && i + 1 < lines.Count && !Terminal(printed[i]) && Numbering.Read(ChineseFold.Fold(printed[i + 1])) is null;
            if (!wraps)
            {
                text.Append('\n');
            }
        }

        text.Append('\n');
    }

    // A line that reaches the margin without ending a sentence wraps into the next, unless that one is numbered.
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
}
