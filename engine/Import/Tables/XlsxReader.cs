using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Supervision.Engine.Import;

/// <summary>
/// Reads an .xlsx workbook with MiniExcel, every sheet in order, merged cells filled into every cell they cover,
/// each sheet through <see cref="TaskTableText"/>. The package is checked first like a .docx (parts, sizes, ratios).
/// </summary>
internal static class XlsxReader
{
    public static string Read(byte[] bytes, ImportLimits limits, CancellationToken cancellation)
    {
        ZipPackageGuard.Check(bytes, limits, cancellation, "xl/workbook.xml", "Excel (.xlsx)");
        var configuration = new OpenXmlConfiguration { FillMergedCells = true };
        var text = new StringBuilder();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var rowCount = 0;
            foreach (var sheet in MiniExcel.GetSheetNames(stream))
            {
                var rows = new List<IReadOnlyList<string>>();
                foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: configuration))
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (++rowCount > limits.MaxTableRows)
                    {
                        throw new ImportException(ImportErrorCodes.TooLarge, $"The workbook has more than {limits.MaxTableRows} rows.");
                    }

                    rows.Add([.. row.Values.Select(Cell)]);
                }

                TaskTableText.Render(rows, text);
                if (text.Length > limits.MaxTextChars)
                {
                    throw new ImportException(ImportErrorCodes.TooLarge, $"The workbook holds more than {limits.MaxTextChars} characters of text.");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or InvalidOperationException or FormatException or KeyNotFoundException or IndexOutOfRangeException or NullReferenceException)
        {
            throw new ImportException(ImportErrorCodes.NotADocument, "The Excel workbook is damaged and cannot be read.", e);
        }

        return text.ToString();
    }

    // Dates as 2024年6月30日 so the deadline reader takes them; numbers without a trailing .0.
    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
        double n => n.ToString("0.####", CultureInfo.InvariantCulture),
        decimal n => n.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };
}
