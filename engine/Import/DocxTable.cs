using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Engine.Import;

/// <summary>
/// Reads a Word table into rows of cells, a merged cell's text repeated in every row and column it spans
/// (<c>gridSpan</c>, <c>vMerge</c>), and hands them to <see cref="TaskTableText"/>.
/// </summary>
internal static class DocxTable
{
    public static void Render(Table table, StringBuilder text) => TaskTableText.Render(Rows(table), text);

    public static List<IReadOnlyList<string>> Rows(Table table)
    {
        var rows = new List<IReadOnlyList<string>>();
        List<string>? above = null;
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                // A vMerge without restart continues the cell above in the same grid column.
                var value = merge is not null && merge.Val?.Value != MergedCellValues.Restart && above is not null && cells.Count < above.Count
                    ? above[cells.Count]
                    : string.Join('\n', cell.Elements<Paragraph>().Select(DocxReader.TextOf)).Trim();
                for (var k = 0; k < span; k++)
                {
                    cells.Add(value);
                }
            }

            rows.Add(cells);
            above = cells;
        }

        return rows;
    }
}
