using System.Text.RegularExpressions;

namespace Supervision.Engine.Agencies.Import;

/// <summary>Whether one row can be an agency at all: an id as the API takes it, a name, no more cells than columns.</summary>
internal static partial class RegistryRowCheck
{
    public static RegistryProblem? Problem(int line, string? id, string? name, bool extraCells) => (id, name) switch
    {
        (null, _) => new(line, "row.bad", null, $"第 {line} 行缺少编号（id）。", $"Line {line} has no id."),
        ({ } i, _) when !IdPattern().IsMatch(i) => new(line, "row.bad", i,
            $"第 {line} 行的编号「{i}」须为 1–63 个小写字母、数字或“-”。", $"Line {line}: the id '{i}' must be 1–63 lower-case letters, digits or '-'."),
        (_, null) => new(line, "row.bad", id, $"第 {line} 行缺少名称（name）。", $"Line {line} has no name."),
        (_, { } n) when n.Length > RegistryLimits.MaxNameLength || n.Any(char.IsControl) => new(line, "row.bad", id,
            $"第 {line} 行的名称过长或含有控制字符。", $"Line {line}: the name is longer than {RegistryLimits.MaxNameLength} characters or holds control characters."),
        _ when extraCells => new(line, "row.bad", id, $"第 {line} 行的列数多于表头。", $"Line {line} has more cells than the header has columns."),
        _ => null,
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();
}
