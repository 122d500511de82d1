using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Calendar;

/// <summary>A calendar file, or the folder of them, could not be loaded; <see cref="Errors"/> lists every problem with file and line.</summary>
public sealed class CalendarException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public CalendarException(IReadOnlyList<DefinitionError> errors)
        : base(DefinitionError.Summary("working-day calendar", errors))
    {
        Errors = errors;
    }

    public CalendarException()
        : this("The working-day calendar is invalid.")
    {
    }

    public CalendarException(string message)
        : base(message)
    {
        Errors = [];
    }

    public CalendarException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found, in file and line order.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; }
}
