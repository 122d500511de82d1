using System.Text;

namespace Supervision.Engine.Agencies.Import;

/// <summary>
/// CSV as spreadsheets write it (RFC 4180: commas, double quotes, quotes doubled inside), UTF-8 with or without a BOM or
/// GB18030 (what Chinese Excel saves); each record with the line it starts on.
/// </summary>
internal static class RegistryCsv
{
    public static IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Read(byte[] bytes)
    {
        var text = Supervision.Engine.Import.TextDecoder.Decode(bytes)
            ?? throw RegistryFile.Refused("agency_import.not_a_table", "The file is neither CSV text (UTF-8 or GB18030) nor an Excel workbook (.xlsx).");
        var records = new List<(int, IReadOnlyList<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, start, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    records.Add((start, cells));
                    (cells, start) = ([], ++line);
                    cell.Clear();
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((start, cells));
        }

        return records;
    }
}
