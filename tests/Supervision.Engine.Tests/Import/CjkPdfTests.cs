using Supervision.Engine.Import;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Supervision.Engine.Tests.Import;

public class CjkPdfTests
{
    private static readonly string Seed = Fixture.Text("seed.txt");

    private static byte[] SeedPdf() => CjkPdf.Write([.. Seed.Split('\n').SelectMany(p => CjkPdf.Wrap(p))]);

    [Fact]
    public void The_written_pdf_parses_strictly_with_45_lines_and_a_page_number_to_a_page()
    {
        using var document = PdfDocument.Open(SeedPdf(), new ParsingOptions { UseLenientParsing = false });
        Assert.True(document.NumberOfPages > 3);
        var lines = document.GetPage(2).Letters.GroupBy(l => l.StartBaseLine.Y).OrderByDescending(g => g.Key).ToList();
        Assert.Equal(46, lines.Count);
        Assert.Equal("—2—", string.Concat(lines[^1].Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_lines_wrapped_to_the_page_width_and_broken_across_pages_read_back_whole()
    {
        var document = await new DocumentReader().ReadAsync(new MemoryStream(SeedPdf()), "plan.pdf");
        Assert.Equal(Seed.Split('\n'), document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_chinese_pdf_of_the_seed_with_wrapped_lines_imports_as_its_text_does()
    {
        var fromText = PlanParser.Parse(Seed);
        var fromPdf = await PlanImporter.ImportAsync(new MemoryStream(SeedPdf()), "plan.pdf");

        Assert.Equal(21, fromPdf.Items.Count);
        Assert.Equal((fromText.Title, fromText.Issuer, fromText.Issued), (fromPdf.Title, fromPdf.Issuer, fromPdf.Issued));
        Assert.Equal(fromText.Items.Select(Summary), fromPdf.Items.Select(Summary));
        Assert.Equal(fromText.Targets, fromPdf.Targets);
        Assert.Equal(fromText.Agencies, fromPdf.Agencies);
    }

    [Fact]
    public async Task A_chinese_pdf_with_full_width_punctuation_reads_back_character_for_character()
    {
        string[] lines =
        [
            "2023年全市稳就业工作方案",
            "（一）加强就业服务。开展“进社区”活动，全年新增就业不少于3000人！",
            "牵头部门：自治区人力资源和社会保障厅；参与单位：财政厅、教育厅",
            "完成时限：2023年6月底前（含）？《方案》第1.5条",
        ];
        var document = await new DocumentReader().ReadAsync(new MemoryStream(CjkPdf.Write(lines)), "plan.pdf");
        Assert.Equal(DocumentKind.Pdf, document.Kind);
        Assert.Equal(lines, document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Summary(DraftItem item) =>
        $"{item.Ref} {item.Title} | {item.Text} | {string.Join("、", item.Targets.Select(t => t.Printed))} | {string.Join("、", item.Lead.Select(m => m.Canonical))} | {string.Join("、", item.Cooperating.Select(m => m.Canonical))} | {item.Deadline?.Due}";
}
