namespace Supervision.Workflows.Calendar;

/// <summary>Why a day is or is not a working day.</summary>
public enum CalendarDayKind
{
    /// <summary>A Monday to Friday with nothing on it.</summary>
    Workday,
    /// <summary>A Saturday or Sunday with nothing on it.</summary>
    Weekend,
    /// <summary>A day off of a public holiday (放假).</summary>
    Holiday,
    /// <summary>A Saturday or Sunday worked to make up for a holiday (调休上班).</summary>
    MakeupWorkday,
    /// <summary>A day the office closed on its own (office.yaml).</summary>
    OfficeClosure,
}
