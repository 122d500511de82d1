namespace Supervision.Workflows.Calendar;

/// <summary>
/// Working days in China: Monday to Friday, minus the public holidays of the State Council's yearly notices, plus the
/// weekend days those notices make working days (调休), minus the office's own closures. A year without its notice
/// counts weekends only and says so with a <see cref="CalendarWarning"/> — never a silent guess.
/// </summary>
public sealed class BusinessCalendar
{
    /// <summary>The most working days one count may cover (about forty years), so a typing slip cannot spin for ever.</summary>
    public const int MaxCount = 10_000;

    private readonly Dictionary<DateOnly, CalendarDay> _special = [];
    private readonly SortedDictionary<int, CalendarYear> _years = [];

    /// <summary>Builds the calendar from years already checked by <see cref="CalendarFiles"/> (or written in a test).</summary>
    /// <exception cref="ArgumentException">Two years are the same year, or a date is given twice.</exception>
    public BusinessCalendar(IEnumerable<CalendarYear> years, IEnumerable<OfficeClosure>? closures = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        foreach (var year in years)
        {
            if (!_years.TryAdd(year.Year, year))
            {
                throw new ArgumentException($"The calendar of {year.Year} is given twice.", nameof(years));
            }

            foreach (var holiday in year.Holidays)
            {
                Mark(holiday.Days, CalendarDayKind.Holiday, holiday.Name);
                Mark(holiday.Workdays, CalendarDayKind.MakeupWorkday, holiday.Name);
            }
        }

        Closures = [.. closures ?? []];
        foreach (var closure in Closures)
        {
            // An office closure on a make-up Saturday still closes the office; on a holiday it changes nothing.
            foreach (var day in closure.Days.Where(d => !_special.TryGetValue(d, out var s) || s.Kind == CalendarDayKind.MakeupWorkday))
            {
                _special[day] = new CalendarDay(day, CalendarDayKind.OfficeClosure, closure.Name);
            }
        }
    }

    /// <summary>The years whose notice is loaded, in order.</summary>
    public IReadOnlyList<int> KnownYears => [.. _years.Keys];

    /// <summary>The office's own closures, as loaded.</summary>
    public IReadOnlyList<OfficeClosure> Closures { get; }

    /// <summary>The loaded notice of a year, or null when the year is unknown.</summary>
    public CalendarYear? Year(int year) => _years.GetValueOrDefault(year);

    /// <summary>What the calendar says about a date (in an unknown year: weekday or weekend only).</summary>
    public CalendarDay Day(DateOnly date) =>
        _special.TryGetValue(date, out var day)
            ? day
            : new CalendarDay(date, date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? CalendarDayKind.Weekend : CalendarDayKind.Workday, null);

    /// <summary>True when people work on this date. Check <see cref="Warnings"/> for the date's year when it matters.</summary>
    public bool IsWorkingDay(DateOnly date) => Day(date).IsWorkingDay;

    /// <summary>
    /// The working day <paramref name="count"/> working days after <paramref name="from"/> (before it when negative),
    /// not counting <paramref name="from"/> itself; with 0, <paramref name="from"/> if it is a working day, else the next one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is beyond ±<see cref="MaxCount"/>.</exception>
    public CalendarAnswer AddWorkingDays(DateOnly from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Math.Abs((long)count), MaxCount, nameof(count));
        if (count == 0)
        {
            return IsWorkingDay(from) ? new CalendarAnswer(from, Warnings(from, from)) : NextWorkingDay(from);
        }

        var step = Math.Sign(count);
        var date = from;
        for (var left = Math.Abs(count); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return new CalendarAnswer(date, Warnings(from, date));
    }

    /// <summary>The first working day after <paramref name="date"/>.</summary>
    public CalendarAnswer NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>A warning for every year between the two dates (either order, both included) without a loaded notice.</summary>
    public IReadOnlyList<CalendarWarning> Warnings(DateOnly a, DateOnly b)
    {
        var (first, last) = a <= b ? (a.Year, b.Year) : (b.Year, a.Year);
        return [.. Enumerable.Range(first, last - first + 1).Where(y => !_years.ContainsKey(y)).Select(y => new CalendarWarning(y))];
    }

    private void Mark(IEnumerable<DateOnly> days, CalendarDayKind kind, string name)
    {
        foreach (var day in days)
        {
            if (!_special.TryAdd(day, new CalendarDay(day, kind, name)))
            {
                throw new ArgumentException($"{day:yyyy-MM-dd} is given twice ({_special[day].Name} and {name}).", nameof(days));
            }
        }
    }
}
