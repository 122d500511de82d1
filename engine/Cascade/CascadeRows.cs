using Supervision.Engine.Trail;

namespace Supervision.Engine.Cascade;

/// <summary>
/// The cascade's columns of the <c>assignments</c> table: a child's parent, its depth (0 for a dispatched assignment) and
/// the agencies above it as <c>|prefecture|region|</c>, so a list finds an agency's descendants' work with one <c>LIKE</c>.
/// </summary>
public static class CascadeRows
{
    public static Migration Migration { get; } = new(510, "assignments cascade", """
        ALTER TABLE assignments ADD COLUMN parent_id TEXT;
        ALTER TABLE assignments ADD COLUMN depth INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE assignments ADD COLUMN chain TEXT;
        CREATE INDEX ix_assignments_parent ON assignments (parent_id);
        """);

    /// <summary>The stored form of the agencies above: each between bars, nearest first.</summary>
    public static string Chain(IEnumerable<string> agencyIds) => "|" + string.Join("|", agencyIds) + "|";

    /// <summary>The SQL condition "agency <paramref name="parameter"/> sits above this row's assignment", for a table aliased <paramref name="alias"/>.</summary>
    public static string Above(string alias, string parameter) => $"{alias}.chain LIKE '%|' || {parameter} || '|%'";

    /// <summary>
    /// The SQL condition "this row's assignment is agency <paramref name="parameter"/>'s own or one of its descendants'
    /// sub-assignments": what an agency user reads (never its siblings' or its parent's other children).
    /// </summary>
    public static string OwnOrBelow(string alias, string parameter) => $"({alias}.agency_id = {parameter} OR {Above(alias, parameter)})";

    /// <summary>Whether an assignment of <paramref name="agencyId"/> with the agencies <paramref name="above"/> it is <paramref name="reader"/>'s to read.</summary>
    public static bool IsOwnOrBelow(string? reader, string agencyId, IReadOnlyList<string>? above) =>
        reader is not null && (reader == agencyId || above?.Contains(reader, StringComparer.Ordinal) == true);

    public static ProjectionWrite Link(string assignmentId, CascadeLink link) => new(
        "UPDATE assignments SET parent_id = @parent, depth = @depth, chain = @chain WHERE id = @id",
        new Dictionary<string, object?>
        {
            ["id"] = assignmentId,
            ["parent"] = link.ParentId,
            ["depth"] = link.Depth,
            ["chain"] = Chain(link.Chain),
        });
}
