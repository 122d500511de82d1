namespace Supervision.Engine.Import.Ocr;

/// <summary>Whether the OCR programs and language data are installed, named when missing (<c>import.ocr_missing</c>).</summary>
internal static class OcrTools
{
    public static async Task RequireAsync(string language, bool needsRasteriser, CancellationToken cancellation)
    {
        if (needsRasteriser && !OnPath("pdftoppm"))
        {
            throw Missing("the program pdftoppm (Debian package poppler-utils)");
        }

        if (!OnPath("tesseract"))
        {
            throw Missing("the program tesseract (Debian package tesseract-ocr)");
        }

        var languages = await OcrProcess.RunAsync("tesseract", ["--list-langs"], TimeSpan.FromSeconds(30), "its language list", cancellation);
        var wanted = language.Split('+');
        var installed = languages.Split('\n', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var absent = wanted.Where(l => !installed.Contains(l)).ToList();
        if (absent.Count > 0)
        {
            throw Missing($"the Tesseract language data {string.Join(", ", absent)} (Debian package tesseract-ocr-{absent[0].Replace('_', '-')})");
        }
    }

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    private static ImportException Missing(string what) =>
        new(ImportErrorCodes.OcrMissing, $"This document is a scan and must be read by OCR, but {what} is not installed on the server.");
}
