namespace Supervision.Workflows.Definition;

/// <summary>One problem in a definition file, located so the admin can go straight to it.</summary>
/// <param name="File">The file (or the name given to inline text).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">A sentence saying what is wrong and, where possible, what would be right.</param>
public sealed record DefinitionError(string File, int Line, int Column, string Message)
{
    /// <summary>For example: <c>standard.v1.yaml, line 7, column 16: 'review_within' …</c>.</summary>
    public override string ToString() => $"{File}, line {Line}, column {Column}: {Message}";

    /// <summary>One message for every problem of a loaded file set: "The {subject} has N problems:" and one line each.</summary>
    public static string Summary(string subject, IReadOnlyList<DefinitionError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var noun = errors.Count == 1 ? "problem" : "problems";
        return $"The {subject} has {errors.Count} {noun}:\n" + string.Join('\n', errors.Select(e => "  " + e));
    }
}
