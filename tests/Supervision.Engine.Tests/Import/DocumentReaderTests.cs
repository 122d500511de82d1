using System.Text;
using Supervision.Engine.Import;

namespace Supervision.Engine.Tests.Import;

public class DocumentReaderTests
{
    private static readonly string Seed = Fixture.Text("seed.txt");

    private static Task<ExtractedDocument> Read(byte[] bytes, string name, ImportLimits? limits = null) =>
        new DocumentReader(limits).ReadAsync(new MemoryStream(bytes), name);

    [Fact]
    public async Task Utf8_with_and_without_bom_and_gb18030_text_read_the_same()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var plain = await Read(Encoding.UTF8.GetBytes(Seed), "plan.txt");
        var bom = await Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Seed)], "plan.txt");
        var gb = await Read(Encoding.GetEncoding("GB18030").GetBytes(Seed), "plan.txt");
        Assert.Equal(DocumentKind.Text, gb.Kind);
        Assert.Equal(Seed, plain.Text);
        Assert.Equal(Seed, bom.Text);
        Assert.Equal(Seed, gb.Text);
    }

    [Fact]
    public async Task A_docx_of_the_seed_parses_to_the_same_items_as_its_text()
    {
        var bytes = TestDocuments.Docx(Seed.Split('\n'));
        var document = await Read(bytes, "seed.docx");
        Assert.Equal(DocumentKind.Docx, document.Kind);
        var fromDocx = PlanParser.Parse(document.Text);
        var fromText = PlanParser.Parse(Seed);
        Assert.Equal(21, fromDocx.Items.Count);
        Assert.Equal(PlanDraftJson.Write(fromText), PlanDraftJson.Write(fromDocx));
    }

    [Fact]
    public async Task A_docx_table_whose_rows_are_items_becomes_items_with_agencies_and_deadlines()
    {
        var table = TestDocuments.Table(
            ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "开展就业援助月活动。帮扶困难人员就业不少于500人。", "自治区人力资源和社会保障厅", "民政厅、残联", "2023年3月底前"],
            ["二、强化保障", "二、强化保障", "二、强化保障", "二、强化保障", "二、强化保障"],
            ["2", "落实稳岗返还政策", "自治区财政厅、税务局", "", "年内"]);
        var bytes = TestDocuments.Docx(["2023年就业援助工作方案", "一、重点任务"], table);
        var draft = PlanParser.Parse((await Read(bytes, "table.docx")).Text);

        Assert.Equal(["一1", "二2"], draft.Items.Select(i => i.Ref));
        var first = draft.Items[0];
        Assert.Equal("开展就业援助月活动", first.Title);
        Assert.Equal(["自治区人力资源和社会保障厅"], first.Lead.Select(m => m.Canonical));
        Assert.Equal(["自治区民政厅", "自治区残联"], first.Cooperating.Select(m => m.Canonical));
        Assert.Equal(new DateOnly(2023, 3, 31), first.Deadline?.Due);
        Assert.Equal([500m], first.Targets.Select(t => t.Value));
        Assert.Equal(["自治区财政厅", "新疆税务局"], draft.Items[1].Lead.Select(m => m.Canonical));
        Assert.Equal(new DateOnly(2023, 12, 31), draft.Items[1].Deadline?.Due);
    }

    [Fact]
    public async Task A_pdf_text_layer_is_read_line_by_line()
    {
        var bytes = TestDocuments.LatinPdf("Employment Plan 2022", "1. Train 3000 workers.", "2. Open 20 job fairs.");
        var document = await Read(bytes, "plan.pdf");
        Assert.Equal(DocumentKind.Pdf, document.Kind);
        Assert.Equal(["Employment Plan 2022", "1. Train 3000 workers.", "2. Open 20 job fairs."], document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_format_is_told_by_the_bytes_not_the_name()
    {
        var pdfNamedTxt = await Read(TestDocuments.LatinPdf("hello"), "plan.txt");
        var docxNamedPdf = await Read(TestDocuments.Docx(["你好"]), "plan.pdf");
        Assert.Equal((DocumentKind.Pdf, DocumentKind.Docx), (pdfNamedTxt.Kind, docxNamedPdf.Kind));
    }

    [Fact]
    public async Task Importing_a_file_reads_and_parses_it()
    {
        var draft = await PlanImporter.ImportFileAsync(Fixture.Path("seed.txt"));
        Assert.Equal(21, draft.Items.Count);
    }
}
