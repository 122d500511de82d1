namespace Supervision.Engine.Import.Ocr;

/// <summary>Bounds and settings of OCR (<c>Supervision:Import:Ocr:*</c>): every scan is bounded in pages, pixels and time.</summary>
public sealed class OcrOptions
{
    /// <summary>Most pages of a scanned PDF that are read.</summary>
    public int MaxPages { get; set; } = 20;

    /// <summary>Most pixels of one page (at <see cref="Dpi"/> for a PDF); 40 M is A3 at 400 dpi.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Longest rasterising or reading one page may take before the program is killed.</summary>
    public int PageSeconds { get; set; } = 120;

    /// <summary>Resolution a PDF page is rasterised at.</summary>
    public int Dpi { get; set; } = 300;

    /// <summary>A word read with less confidence than this (0–100) is listed for the coordinator to check.</summary>
    public int Threshold { get; set; } = 80;

    /// <summary>Width in pixels of the page image kept with the draft and shown beside the text read from it.</summary>
    public int PreviewWidth { get; set; } = 1000;

    /// <summary>The Tesseract language (Debian's <c>tesseract-ocr-chi-sim</c>).</summary>
    public string Language { get; set; } = "chi_sim";

    /// <summary>Each setting that is out of range, as a sentence naming it.</summary>
    public IEnumerable<string> Problems()
    {
        if (MaxPages is < 1 or > 500)
        {
            yield return $"Setting Supervision:Import:Ocr:MaxPages is invalid: it must be 1–500 (was {MaxPages}).";
        }

        if (MaxPixels is < 1_000_000 or > 400_000_000)
        {
            yield return $"Setting Supervision:Import:Ocr:MaxPixels is invalid: it must be 1000000–400000000 (was {MaxPixels}).";
        }

        if (PageSeconds is < 1 or > 3600)
        {
            yield return $"Setting Supervision:Import:Ocr:PageSeconds is invalid: it must be 1–3600 (was {PageSeconds}).";
        }

        if (Dpi is < 72 or > 600)
        {
            yield return $"Setting Supervision:Import:Ocr:Dpi is invalid: it must be 72–600 (was {Dpi}).";
        }

        if (Threshold is < 0 or > 100)
        {
            yield return $"Setting Supervision:Import:Ocr:Threshold is invalid: it must be 0–100 (was {Threshold}).";
        }

        if (PreviewWidth is < 200 or > 2400)
        {
            yield return $"Setting Supervision:Import:Ocr:PreviewWidth is invalid: it must be 200–2400 (was {PreviewWidth}).";
        }

        if (Language.Length == 0 || !Language.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '+'))
        {
            yield return $"Setting Supervision:Import:Ocr:Language is invalid: it must be a Tesseract language name such as chi_sim (was '{Language}').";
        }
    }
}
