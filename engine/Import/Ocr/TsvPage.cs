using System.Globalization;
using System.Text;

namespace Supervision.Engine.Import.Ocr;

/// <summary>
/// Tesseract's tsv output as one page of lines: its words (level 5) grouped by block, paragraph and line, Chinese
/// written without the spaces Tesseract puts between characters, and a line that reaches the right margin marked full.
/// </summary>
internal static class TsvPage
{
    private sealed record Word(int Block, int Paragraph, int Line, int Left, int Right, int Height, double Confidence, string Text);

    public static OcrPage Read(string tsv, int number, int threshold)
    {
        var words = new List<Word>();
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || cells[0] != "5" || cells[11].Trim().Length == 0)
            {
                continue;
            }

            int Int(int i) => int.Parse(cells[i], CultureInfo.InvariantCulture);
            var confidence = double.Parse(cells[10], CultureInfo.InvariantCulture);
            words.Add(new Word(Int(2), Int(3), Int(4), Int(6), Int(6) + Int(8), Int(9), confidence, cells[11].Trim()));
        }

        var lines = words.GroupBy(w => (w.Block, w.Paragraph, w.Line)).Select(g => g.OrderBy(w => w.Left).ToList()).ToList();
        if (lines.Count == 0)
        {
            return new OcrPage(number, [], 0);
        }

        // As for a PDF's text layer: the margin is where the longest line ends, a line within two characters of it wraps.
        var margin = lines.Max(l => l[^1].Right);
        var printed = lines.Select(l => new OcrLine(
            Text(l),
            l[^1].Right >= margin - (2 * Median(l.Select(w => w.Height))),
            [.. l.Where(w => w.Confidence < threshold).Select(w => new OcrWord(w.Text, Math.Round(w.Confidence)))],
            l.Average(w => w.Confidence),
            l.Count)).ToList();
        return new OcrPage(number, printed, Math.Round(words.Average(w => w.Confidence), 1));
    }

    // Tesseract separates every word by a space; between Chinese characters (or a Chinese and a Latin one) there is none.
    private static string Text(List<Word> line)
    {
        var text = new StringBuilder();
        foreach (var word in line)
        {
            if (text.Length > 0 && !Wide(text[^1]) && !Wide(word.Text[0]))
            {
                text.Append(' ');
            }

            text.Append(word.Text);
        }

        return text.ToString();
    }

    private static bool Wide(char c) => c > 0x2E7F;

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
