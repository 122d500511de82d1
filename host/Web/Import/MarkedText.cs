using Supervision.Engine.Import;
using Supervision.Engine.Import.Ocr;

namespace Supervision.Host.Web.Import;

/// <summary>An item's text cut at the words OCR read below the threshold, so the page can mark each one for checking.</summary>
public static class MarkedText
{
    /// <summary>The text in order: plain runs with no word, and each doubtful word with its confidence.</summary>
    public static IReadOnlyList<(string Text, DoubtfulWord? Word)> Of(DraftItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var runs = new List<(string, DoubtfulWord?)>();
        var at = 0;
        var placed = (item.Ocr?.Doubtful ?? []).Where(w => w.Start is { } start && start >= 0 && start + w.Word.Length <= item.Text.Length).OrderBy(w => w.Start);
        foreach (var word in placed)
        {
            var start = word.Start!.Value;
            if (start < at)
            {
                continue;
            }

            if (start > at)
            {
                runs.Add((item.Text[at..start], null));
            }

            runs.Add((item.Text.Substring(start, word.Word.Length), word));
            at = start + word.Word.Length;
        }

        if (at < item.Text.Length)
        {
            runs.Add((item.Text[at..], null));
        }

        return runs;
    }
}
