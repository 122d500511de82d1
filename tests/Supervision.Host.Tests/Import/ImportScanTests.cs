using Supervision.Host.Tests.Fixture;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Supervision.Host.Tests.Import;

/// <summary>A scan the host cannot read by OCR is refused with a 4xx problem naming why, and nothing is created (issue 22 item 4).</summary>
[Collection(HostCollection.Name)]
public sealed class ImportScanTests(HostFixture host)
{
    [Fact]
    public async Task A_scanned_pdf_over_the_page_limit_is_refused_with_413_and_nothing_is_created()
    {
        var (_, before) = await host.Coordinator.GetJsonAsync("/api/v1/imports");

        var (status, problem) = await host.Coordinator.UploadAsync(BlankPdf(21), "scan.pdf");

        Assert.Equal((413, "import.too_many_pages"), (status, problem.Str("code")));
        Assert.Contains("21", problem.Str("detail"), StringComparison.Ordinal);
        var (_, after) = await host.Coordinator.GetJsonAsync("/api/v1/imports");
        Assert.Equal(before.GetArrayLength(), after.GetArrayLength());
    }

    [Fact]
    public async Task A_blank_scanned_page_is_refused_as_holding_no_text_or_names_the_missing_ocr_program()
    {
        var (status, problem) = await host.Coordinator.UploadRawAsync(BlankPdf(1), "application/pdf", "blank.pdf");

        // Where test.sh installed the OCR programs a blank page has nothing to read; elsewhere the host names what is missing.
        var expected = OcrInstalled ? "import.ocr_nothing" : "import.ocr_missing";
        Assert.Equal((422, expected), (status, problem.Str("code")));
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("detail")));
    }

    private static bool OcrInstalled =>
        new[] { "pdftoppm", "tesseract" }.All(program => (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(dir => File.Exists(Path.Combine(dir, program))))
        && Directory.Exists("/usr/share/tesseract-ocr")
        && Directory.EnumerateFiles("/usr/share/tesseract-ocr", "chi_sim.traineddata", SearchOption.AllDirectories).Any();

    private static byte[] BlankPdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(PageSize.A4);
        }

        return builder.Build();
    }
}
