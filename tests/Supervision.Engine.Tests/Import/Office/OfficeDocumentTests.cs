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

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task SameAsText(string source, string text)
    {
        var expected = Shape(PlanParser.Parse(text));
        foreach (var format in new[] { "docx", "pdf" })
        {
            var converted = Soffice.Convert(source, format, _folder);
            var clock = Stopwatch.StartNew();
            var draft = await PlanImporter.ImportFileAsync(converted);
            output.WriteLine($"{Path.GetFileName(converted)}: {new FileInfo(converted).Length} bytes imported in {clock.ElapsedMilliseconds} ms");
            Assert.Equal(expected, Shape(draft));
        }
    }

    // What a coordinator checks in the preview: each item's number, title, agencies, deadline and targets, and the warnings.
    private static List<string> Shape(PlanDraft draft) =>
    [
        $"title: {draft.Title} · issuer: {draft.Issuer} · issued: {draft.Issued}",
        .. draft.Items.Select(i => string.Join(" | ", i.Ref, i.Section, i.Title, Names(i.Lead), Names(i.Cooperating), i.Deadline?.Text, string.Join("；", i.Targets.Select(t => $"{t.Comparator}{t.Value}{t.Unit}")))),
        .. draft.Warnings.Select(w => $"{w.Code} {w.ItemRef}"),
    ];

    private static string Names(IEnumerable<AgencyMention> mentions) => string.Join("、", mentions.Select(m => m.Canonical ?? m.Printed));
}
