using System.Globalization;
using System.Text.RegularExpressions;
using Supervision.Workflows.Definition;

namespace Supervision.Workflows.Calendar;

/// <summary>
/// Loads the calendar folder: one <c>cn-YYYY.yaml</c> per year from the State Council's notice, and the office's own
/// <c>office.yaml</c> if present. Every problem of every file is reported at once, each with file and line.
/// </summary>
public static partial class CalendarFiles
{
    /// <summary>The name of the office's own closures file.</summary>
    public const string OfficeFile = "office.yaml";

    // What a refusal calls these files: "The working-day calendar has 2 problems: …".
    private const string CalendarWhat = "working-day calendar";

    /// <summary>The folder the build copies <c>workflows/calendars/*.yaml</c> to, next to the application.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "workflows", "calendars");

    /// <summary>Loads the calendars shipped with the application, from <see cref="DefaultFolder"/>.</summary>
    /// <exception cref="DefinitionException">A file is invalid.</exception>
    public static BusinessCalendar FromDefault() => LoadFolder(DefaultFolder);

    /// <summary>Loads every calendar file in <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="DefinitionException">A file is invalid, misnamed, or repeats a date of another.</exception>
    public static BusinessCalendar LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The calendar folder '{folder}' does not exist.");
        }

        var errors = new List<DefinitionError>();
        var seen = new Dictionary<DateOnly, string>();
        var years = new List<CalendarYear>();
        List<OfficeClosure>? closures = null;
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var reader = new FieldReader(file);
            var name = Path.GetFileName(file);
            if (YearFile().Match(name) is { Success: true } match)
            {
                var year = NoticeReader.Read(File.ReadAllText(file), reader, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), seen);
                if (year is not null)
                {
                    years.Add(year);
                }
            }
            else if (name == OfficeFile)
            {
                closures = ClosureReader.Read(File.ReadAllText(file), reader);
            }
            else
            {
                reader.Add(YamlDotNet.Core.Mark.Empty, $"'{name}' is not a calendar file name: national calendars are cn-YYYY.yaml, the office's closures {OfficeFile}.");
            }

            errors.AddRange(reader.Errors);
        }

        return errors.Count == 0
            ? new BusinessCalendar(years, closures)
            : throw new DefinitionException(CalendarWhat, [.. errors]);
    }

    /// <summary>Parses one national calendar's text (for tests and tools); <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="DefinitionException">The text is not a valid calendar.</exception>
    public static CalendarYear ParseYear(string yaml, string file = "<inline>")
    {
        var reader = new FieldReader(file);
        var expected = YearFile().Match(Path.GetFileName(file)) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        return NoticeReader.Read(yaml, reader, expected, []) ?? throw new DefinitionException(CalendarWhat, [.. reader.Errors.OrderBy(e => e.Line)]);
    }

    /// <summary>Parses the office's closures text (for tests and tools); <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="DefinitionException">The text is not a valid closures file.</exception>
    public static IReadOnlyList<OfficeClosure> ParseClosures(string yaml, string file = OfficeFile)
    {
        var reader = new FieldReader(file);
        return ClosureReader.Read(yaml, reader) ?? throw new DefinitionException(CalendarWhat, [.. reader.Errors.OrderBy(e => e.Line)]);
    }

    [GeneratedRegex(@"^cn-(\d{4})\.yaml$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFile();
}
