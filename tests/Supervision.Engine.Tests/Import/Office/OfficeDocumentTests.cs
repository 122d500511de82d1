using System.Diagnostics;
using Supervision.Engine.Import;
using Xunit.Abstractions;

namespace Supervision.Engine.Tests.Import.Office;

/// <summary>Plans written by LibreOffice (docx, pdf) import exactly as their text does (issue 22 item 5).</summary>
public sealed class OfficeDocumentTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("import-office-").FullName;

    [NeedsSoffice]
    public async Task The_seed_written_by_LibreOffice_as_docx_and_pdf_imports_as_its_text() => await SameAsText(Fixture.Path("seed.txt"), Fixture.Text("seed.txt"));

    [NeedsSoffice]
    public async Task Written_fixtures_with_stated_rules_and_several_parentheses_import_from_docx_and_pdf_as_their_text()
    {
        foreach (var name in new[] { "council_rule.txt", "paren_multiple.txt", "reading_lead.txt" })
        {
            await SameAsText(Fixture.Path(name), Fixture.Text(name));
        }
    }

    [NeedsSoffice]
    public async Task The_seed_printed_with_a_running_head_and_page_numbers_imports_as_its_text_from_pdf()
    {
        var text = Fixture.Text("seed.txt");
        await SameAsText(FlatOdt.Write(text, "新疆维吾尔自治区稳就业工作方案", "— N —", Path.Combine(_folder, "furnished.fodt")), text, "pdf");
        await SameAsText(FlatOdt.Write(text, "2022年稳就业工作方案", "- N -", Path.Combine(_folder, "dashed.fodt")), text, "pdf");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task SameAsText(string source, string text, params string[] formats)
    {
        var expected = Shape(PlanParser.Parse(text));
        foreach (var format in formats.Length > 0 ? formats : ["docx", "pdf"])
        {
            var converted = Soffice.Convert(source, format, _folder);
            var clock = Stopwatch.StartNew();
            var draft = await PlanImporter.ImportFileAsync(converted);
            output.WriteLine($"{Path.GetFileName(converted)}: {new FileInfo(converted).Length} bytes imported in {clock.ElapsedMilliseconds} ms");
            var actual = Shape(draft);
            // Line by line, so a difference is shown where it is rather than as the whole draft.
            Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First, pair.Second));
            Assert.Equal(expected.Count, actual.Count);
        }
    }

    // What a coordinator checks in the preview: each item's number, title, agencies, deadline and targets, and the warnings.
    private static List<string> Shape(PlanDraft draft) =>
    [
        $"title: {draft.Title} · issuer: {draft.Issuer} · issued: {draft.Issued}",
        .. draft.Items.Select(i => string.Join(" | ", i.Ref, i.Section, i.Title, Paragraphs(i.Text), Names(i.Lead), Names(i.Cooperating), i.Deadline?.Text, string.Join("；", i.Targets.Select(t => $"{t.Comparator}{t.Value}{t.Unit}")))),
        .. draft.Warnings.Select(w => $"{w.Code} {w.ItemRef}"),
    ];

    // A PDF keeps no paragraph marks: a line that ends with 。 exactly at the margin cannot tell whether the paragraph
    // goes on, so the text is compared without its line breaks (the agencies, targets and deadlines are compared as they are).
    private static string Paragraphs(string text) => text.Replace("\n", "", StringComparison.Ordinal);

    private static string Names(IEnumerable<AgencyMention> mentions) => string.Join("、", mentions.Select(m => m.Canonical ?? m.Printed));
}
