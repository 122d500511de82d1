using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Engine.Tests.Import;

/// <summary>
/// Builds real .xlsx and .docx tables, merged cells included, from a tab-separated text where <c>^</c> merges a
/// cell with the one above and <c>&lt;</c> with the one to its left — how offices draw their breakdown tables.
/// </summary>
internal static class CellTables
{
    public static string[][] Read(string text) =>
        [.. text.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'))];

    public static byte[] Xlsx(string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var value = rows[r][c];
                    var cell = new Cell { CellReference = Reference(r, c) };
                    if (value is "^" or "<" or "")
                    {
                        row.Append(cell);
                        continue;
                    }

                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    {
                        cell.DataType = CellValues.Number;
                        cell.CellValue = new CellValue(value);
                    }
                    else
                    {
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(new Text(value));
                    }

                    row.Append(cell);
                }

                data.Append(row);
            }

            var worksheet = new Worksheet(data);
            var merges = Merges(rows).Select(m => new MergeCell { Reference = $"{Reference(m.Top, m.Left)}:{Reference(m.Bottom, m.Right)}" }).ToList();
            if (merges.Count > 0)
            {
                worksheet.Append(new MergeCells(merges));
            }

            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "任务分解" }));
        }

        return stream.ToArray();
    }

    public static W.Table DocxTable(string[][] rows)
    {
        var table = new W.Table();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new W.TableRow();
            for (var c = 0; c < rows[r].Length; c++)
            {
                var value = rows[r][c];
                if (value == "<")
                {
                    continue;
                }

                var span = rows[r].Skip(c + 1).TakeWhile(v => v == "<").Count() + 1;
                var properties = new W.TableCellProperties();
                if (span > 1)
                {
                    properties.Append(new W.GridSpan { Val = span });
                }

                var below = r + 1 < rows.Length && c < rows[r + 1].Length && rows[r + 1][c] == "^";
                if (value == "^" || below)
                {
                    properties.Append(new W.VerticalMerge { Val = value == "^" ? W.MergedCellValues.Continue : W.MergedCellValues.Restart });
                }

                row.Append(new W.TableCell(properties, new W.Paragraph(new W.Run(new W.Text(value == "^" ? "" : value)))));
            }

            table.Append(row);
        }

        return table;
    }

    private static IEnumerable<(int Top, int Left, int Bottom, int Right)> Merges(string[][] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is "^" or "<")
                {
                    continue;
                }

                var right = c;
                while (right + 1 < rows[r].Length && rows[r][right + 1] == "<")
                {
                    right++;
                }

                var bottom = r;
                while (bottom + 1 < rows.Length && c < rows[bottom + 1].Length && rows[bottom + 1][c] == "^")
                {
                    bottom++;
                }

                if (right > c || bottom > r)
                {
                    yield return (r, c, bottom, right);
                }
            }
        }
    }

    private static string Reference(int row, int column) => $"{(char)('A' + column)}{row + 1}";
}
