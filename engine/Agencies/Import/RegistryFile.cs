using Supervision.Engine.Errors;

namespace Supervision.Engine.Agencies.Import;

/// <summary>
/// A registry file read into rows: a header naming the columns (<c>id, name, parent_id</c>, optional <c>aliases, kind</c>;
/// or 编号、名称、上级编号、简称、类别), then one agency a line. A row that cannot be an agency is a problem at its line;
/// a file that cannot be read at all (not CSV or .xlsx, no header, too large) is refused whole.
/// </summary>
public sealed record RegistryFile(IReadOnlyList<RegistryRow> Rows, IReadOnlyList<RegistryProblem> Problems)
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "id", ["编号"] = "id", ["name"] = "name", ["名称"] = "name", ["parent_id"] = "parent_id", ["上级编号"] = "parent_id",
        ["aliases"] = "aliases", ["简称"] = "aliases", ["kind"] = "kind", ["类别"] = "kind",
    };

    public static RegistryFile Read(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > RegistryLimits.MaxFileBytes)
        {
            throw Refused("agency_import.too_large", $"The file is larger than {RegistryLimits.MaxFileBytes / 1024 / 1024} MB.").With("limit", $"{RegistryLimits.MaxFileBytes / 1024 / 1024} MB");
        }

        var cells = bytes.AsSpan().StartsWith("PK"u8) || fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? RegistryXlsx.Read(bytes)
            : RegistryCsv.Read(bytes);
        return FromCells(cells);
    }

    internal static SupervisionException Refused(string code, string message) => SupervisionException.Invalid(code, message, "file");

    private static RegistryFile FromCells(IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> lines)
    {
        var rest = lines.Where(l => l.Cells.Any(c => c.Length > 0)).ToList();
        if (rest.Count == 0)
        {
            throw Refused("agency_import.no_header", "The file is empty: its first line must name the columns id, name, parent_id.");
        }

        var header = rest[0].Cells.Select(c => Columns.GetValueOrDefault(c.Trim().TrimStart('\uFEFF'))).ToList();
        if (!header.Contains("id") || !header.Contains("name") || !header.Contains("parent_id"))
        {
            throw Refused("agency_import.no_header", $"Line {rest[0].Line} must name the columns id, name, parent_id (found: {string.Join(", ", rest[0].Cells)}).").With("line", rest[0].Line);
        }

        if (rest.Count - 1 > RegistryLimits.MaxRows)
        {
            throw Refused("agency_import.too_many_rows", $"The file has {rest.Count - 1} rows; at most {RegistryLimits.MaxRows} are read at once.").With("count", rest.Count - 1).With("limit", RegistryLimits.MaxRows);
        }

        var rows = new List<RegistryRow>();
        var problems = new List<RegistryProblem>();
        foreach (var (line, cells) in rest.Skip(1))
        {
            string? Cell(string column) => header.IndexOf(column) is var i and >= 0 && i < cells.Count && cells[i].Trim() is { Length: > 0 } v ? v : null;
            if (RegistryRowCheck.Problem(line, Cell("id"), Cell("name"), cells.Skip(header.Count).Any(c => c.Trim().Length > 0)) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            var aliases = header.Contains("aliases")
                ? (Cell("aliases") ?? "").Split(['、', ';', '；', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList()
                : null;
            rows.Add(new RegistryRow(line, Cell("id")!, Cell("name")!, Cell("parent_id"), aliases, Cell("kind")));
        }

        return new RegistryFile(rows, problems);
    }
}
