using System.Globalization;
using Supervision.Engine.Errors;

namespace Supervision.Host.Calendar;

/// <summary>Checks the calendar's inputs, for the API and the verb alike: a refusal names the input and what is accepted.</summary>
public static class CalendarInput
{
    public const int FirstYear = 1900;
    public const int LastYear = 2999;

    /// <summary>The most working days one question may count, forwards or back (about four years).</summary>
    public const int MaxDays = 1000;

    public static DateOnly Date(string? text, string field) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= FirstYear and <= LastYear
            ? date
            : throw SupervisionException.Invalid("calendar.bad_date", $"'{field}' must be a date written YYYY-MM-DD in the years {FirstYear}–{LastYear} (was '{text}').", field);

    public static int Days(string? text, string field) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days) && Math.Abs(days) <= MaxDays
            ? days
            : throw SupervisionException.Invalid("calendar.bad_days", $"'{field}' must be a whole number of working days from -{MaxDays} to {MaxDays}; negative counts back (was '{text}').", field)
                .With("limit", MaxDays);

    public static int Year(int year) =>
        year is >= FirstYear and <= LastYear
            ? year
            : throw SupervisionException.Invalid("calendar.bad_year", $"The year must be from {FirstYear} to {LastYear} (was {year}).", "year");
}
