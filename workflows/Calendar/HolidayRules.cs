using Supervision.Workflows.Definition;
using YamlDotNet.RepresentationModel;

namespace Supervision.Workflows.Calendar;

/// <summary>What every holiday of a notice must satisfy, so a typing slip in a date is caught when the file loads, not when a deadline is missed.</summary>
internal static class HolidayRules
{
    /// <summary>No public holiday with its bridging days has lasted longer than this (2026's Spring Festival: 9 days).</summary>
    public const int LongestHoliday = 12;

    /// <summary>How far from its holiday a make-up working day may lie (2026's National Day: 11 days before).</summary>
    public const int MakeupReach = 31;

    public static void Check(
        FieldReader reader, string name, (DateOnly Date, YamlNode Node) from, (DateOnly Date, YamlNode Node) to,
        List<(DateOnly Date, YamlNode Node)> workdays, int year, Dictionary<DateOnly, string> seen)
    {
        var length = to.Date.DayNumber - from.Date.DayNumber + 1;
        if (length < 1)
        {
            reader.Add(to.Node.Start, $"{name}: 'to' ({to.Date:yyyy-MM-dd}) comes before 'from' ({from.Date:yyyy-MM-dd}).");
            return;
        }

        if (length > LongestHoliday)
        {
            reader.Add(to.Node.Start, $"{name}: {length} days off is longer than any holiday ({LongestHoliday} days at most); check 'from' and 'to'.");
            return;
        }

        if (from.Date.Year != year && to.Date.Year != year)
        {
            reader.Add(from.Node.Start, $"{name}: {from.Date:yyyy-MM-dd} to {to.Date:yyyy-MM-dd} is not in {year}; a file holds its own year's holidays (one may start in December of the year before).");
        }

        foreach (var day in Enumerable.Range(0, length).Select(from.Date.AddDays))
        {
            Claim(reader, seen, day, from.Node, $"{name} (day off, {Path.GetFileName(reader.File)})");
        }

        foreach (var (day, node) in workdays)
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                reader.Add(node.Start, $"{name}: make-up working day {day:yyyy-MM-dd} is a {day.DayOfWeek}; make-up days (调休上班) are always a Saturday or a Sunday.");
            }
            else if (Math.Min(Math.Abs(day.DayNumber - from.Date.DayNumber), Math.Abs(day.DayNumber - to.Date.DayNumber)) > MakeupReach)
            {
                reader.Add(node.Start, $"{name}: make-up working day {day:yyyy-MM-dd} is more than {MakeupReach} days from the holiday; check the date.");
            }
            else
            {
                Claim(reader, seen, day, node, $"{name} (make-up working day, {Path.GetFileName(reader.File)})");
            }
        }
    }

    private static void Claim(FieldReader reader, Dictionary<DateOnly, string> seen, DateOnly day, YamlNode node, string what)
    {
        if (!seen.TryAdd(day, what))
        {
            reader.Add(node.Start, $"{day:yyyy-MM-dd} is both {seen[day]} and {what}; a date appears once.");
        }
    }
}
