using System.CommandLine;
using Supervision.Engine.Errors;
using Supervision.Host.Calendar;
using Supervision.Workflows.Calendar;

namespace Supervision.Host.Cli;

/// <summary><c>calendar add DATE N</c> and <c>calendar show YEAR</c>: the working-day calendar from the shell; the answer is the last line.</summary>
public static class CalendarVerb
{
    public static Command Create()
    {
        var calendar = new Command("calendar", "Working days on the Chinese calendar (public holidays, make-up days 调休, office closures).");

        var from = new Argument<string>("date") { Description = "The date counted from, YYYY-MM-DD." };
        var days = new Argument<string>("days") { Description = "Working days to count; negative counts back (write -- before a negative number if the shell or parser asks)." };
        var add = new Command("add", "Print the date N working days after DATE (before it when N is negative), ISO YYYY-MM-DD on the last line.") { from, days };
        add.SetAction(parse => Run(loaded =>
        {
            var start = CalendarInput.Date(parse.GetValue(from), "date");
            var count = CalendarInput.Days(parse.GetValue(days), "days");
            var answer = loaded.AddWorkingDays(start, count);
            Warn(answer.Warnings);
            Console.WriteLine($"{CalendarText.Iso(start)} {(count < 0 ? "之前" : "之后")}第 {Math.Abs(count)} 个工作日：");
            Console.WriteLine(CalendarText.Iso(answer.Date));
            return 0;
        }));

        var year = new Argument<string>("year") { Description = "The year to list, for example 2023." };
        var show = new Command("show", "List a year's public holidays and make-up working days (调休上班), with the notice they come from.") { year };
        show.SetAction(parse => Run(loaded =>
        {
            var text = parse.GetValue(year);
            var y = int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? CalendarInput.Year(number)
                : throw SupervisionException.Invalid("calendar.bad_year", $"The year must be a number such as 2023 (was '{text}').", "year");
            if (CalendarText.Lines(loaded, y) is not { } lines)
            {
                Warn(loaded.Warnings(new DateOnly(y, 1, 1), new DateOnly(y, 1, 1)));
                return 1;
            }

            lines.ToList().ForEach(Console.WriteLine);
            return 0;
        }));

        calendar.Subcommands.Add(add);
        calendar.Subcommands.Add(show);
        return calendar;
    }

    private static int Run(Func<BusinessCalendar, int> action)
    {
        try
        {
            return action(CalendarFiles.FromDefault());
        }
        catch (SupervisionException e)
        {
            Console.Error.WriteLine($"{MessageCatalogue.Chinese(e)} {e.Message}");
            return 2;
        }
        catch (Supervision.Workflows.Definition.DefinitionException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static void Warn(IEnumerable<CalendarWarning> warnings)
    {
        foreach (var w in warnings)
        {
            Console.Error.WriteLine($"警告：{w.Chinese} Warning: {w.Message}");
        }
    }
}
