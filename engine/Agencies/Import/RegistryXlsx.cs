using System.Globalization;
using MiniExcelLibs;
using Supervision.Engine.Import;

namespace Supervision.Engine.Agencies.Import;

/// <summary>The first sheet of an .xlsx workbook as rows of text, read with MiniExcel after the same package checks as a plan workbook.</summary>
internal static class RegistryXlsx
{
    public static IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Read(byte[] bytes)
    {
        var limits = ImportLimits.Default with { MaxFileBytes = RegistryLimits.MaxFileBytes };
        try
        {
            ZipPackageGuard.Check(bytes, limits, CancellationToken.None, "xl/workbook.xml", "Excel (.xlsx)");
            using var stream = new MemoryStream(bytes, writable: false);
            var rows = new List<(int, IReadOnlyList<string>)>();
            var line = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                if (++line > RegistryLimits.MaxRows + 1)
                {
                    throw RegistryFile.Refused("agency_import.too_many_rows", $"The workbook has more than {RegistryLimits.MaxRows} rows.").With("count", line).With("limit", RegistryLimits.MaxRows);
                }

                rows.Add((line, [.. row.Values.Select(Cell)]));
            }

            return rows;
        }
        catch (ImportException e)
        {
            throw RegistryFile.Refused("agency_import.not_a_table", $"The Excel workbook cannot be read: {e.Message}");
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or InvalidOperationException or FormatException or KeyNotFoundException or IndexOutOfRangeException or NullReferenceException)
        {
            throw RegistryFile.Refused("agency_import.not_a_table", "The Excel workbook is damaged and cannot be read.");
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double n => n.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };
}
