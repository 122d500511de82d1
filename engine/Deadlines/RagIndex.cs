using Supervision.Engine.Trail;

namespace Supervision.Engine.Deadlines;

/// <summary>
/// An index holding every column the colour reads (<see cref="Rag.WorstSql"/>), so each assignment's worst open
/// obligation is found in the index alone, with no read of the obligation's row: at 100,530 assignments the colour's
/// subquery over a plan took half the time (README Performance, cascade).
/// </summary>
public static class RagIndex
{
    public static Migration Migration { get; } = new(711, "the colour's columns in one index", """
        CREATE INDEX ix_obligations_colour ON obligations (assignment_id, state, escalated, due_at, rung, warn_at);
        """);
}
