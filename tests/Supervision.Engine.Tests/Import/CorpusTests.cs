using System.Globalization;
using Supervision.Engine.Import;
using Xunit.Abstractions;

namespace Supervision.Engine.Tests.Import;

/// <summary>
/// Every document of Import/Corpus against its <c>.expected.txt</c> (<c>ref | lead | cooperating</c>): item F1 and the
/// rates of items whose lead and cooperating agencies are exactly right, reported per document and in total, and
/// failing when a total drops below Import/Corpus/floor.txt.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Import", "Corpus");

    [Fact]
    public async Task Items_and_their_agencies_stay_as_right_as_the_floor_over_the_whole_corpus()
    {
        var total = new CorpusScore();
        foreach (var (name, draft, expected) in await DocumentsAsync())
        {
            var score = CorpusScore.Of(draft, expected);
            total.Add(score);
            output.WriteLine($"{name,-36} {score}");
            foreach (var miss in score.Misses)
            {
                output.WriteLine($"    {miss}");
            }
        }

        output.WriteLine($"{"total",-36} {total}");
        var floor = File.ReadAllLines(Path.Combine(Folder, "floor.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        Assert.True(total.Documents >= 8, $"The corpus has only {total.Documents} documents.");
        Assert.True(total.ItemF1 >= floor["item_f1"], $"Item F1 {total.ItemF1:0.000} fell below {floor["item_f1"]}.");
        Assert.True(total.ExactLead >= floor["exact_lead"], $"Exact lead {total.ExactLead:0.000} fell below {floor["exact_lead"]}.");
        Assert.True(total.ExactCooperating >= floor["exact_cooperating"], $"Exact cooperating {total.ExactCooperating:0.000} fell below {floor["exact_cooperating"]}.");
    }

    private static async Task<List<(string Name, PlanDraft Draft, List<ExpectedItem> Expected)>> DocumentsAsync()
    {
        var documents = new List<(string, PlanDraft, List<ExpectedItem>)>();
        foreach (var expectedPath in Directory.GetFiles(Folder, "*.expected.txt").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileName(expectedPath)[..^".expected.txt".Length];
            var expected = ExpectedItem.Read(File.ReadAllLines(expectedPath));
            // The seed stays in Fixtures, where its own tests read it; its answer sits here with the others.
            var text = new[] { Path.Combine(Folder, stem + ".txt"), Path.Combine(Folder, "..", "Fixtures", stem + ".txt") }.FirstOrDefault(File.Exists) ?? "";
            var cells = Path.Combine(Folder, stem + ".cells.txt");
            if (File.Exists(text))
            {
                documents.Add((stem + ".txt", PlanParser.Parse(File.ReadAllText(text)), expected));
            }
            else if (File.Exists(cells))
            {
                var rows = CellTables.Read(File.ReadAllText(cells));
                documents.Add((stem + ".xlsx", await PlanImporter.ImportAsync(new MemoryStream(CellTables.Xlsx(rows)), stem + ".xlsx"), expected));
                documents.Add((stem + ".docx", await PlanImporter.ImportAsync(new MemoryStream(TestDocuments.Docx([], CellTables.DocxTable(rows))), stem + ".docx"), expected));
            }
        }

        return documents;
    }
}
