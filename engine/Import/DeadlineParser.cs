using System.Globalization;
using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Reads deadlines: <c>2022年底前</c>, <c>6月底前</c> (the year comes from the document),
/// <c>2019年1月1日至12月31日</c>, <c>2022年6月30日前</c>, <c>上半年</c>, <c>年内</c>, <c>长期坚持</c>.
/// </summary>
public static partial class DeadlineParser
{
    /// <summary>
    /// The first deadline in <paramref name="text"/>. A year left out is <paramref name="documentYear"/>;
    /// when that is unknown too, or the text names no date (<c>长期坚持</c>), <see cref="Deadline.Due"/> is null.
    /// </summary>
    public static Deadline? Parse(string text, int? documentYear)
    {
        var folded = ChineseFold.Fold(text);
        return Range(text, folded, documentYear) ?? Single(text, folded, documentYear);
    }

    /// <summary>
    /// A deadline inside running prose: only forms that cannot be anything else count there, a range or a
    /// date followed by 前 (<c>6月底前完成</c>), because 年内 or 年底 in prose is often just narrative.
    /// </summary>
    public static Deadline? FindInProse(string text, int? documentYear)
    {
        var folded = ChineseFold.Fold(text);
        if (Range(text, folded, documentYear) is { } range)
        {
            return range;
        }

        var match = Dated().Matches(folded).FirstOrDefault(m => m.Groups["before"].Success);
        return match is null ? null : FromDated(text, match, documentYear);
    }

    private static Deadline? Range(string text, string folded, int? year)
    {
        var match = DateRange().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var fromYear = Year(match.Groups["y1"], year);
        var toYear = Year(match.Groups["y2"], fromYear);
        return new Deadline(
            text.Substring(match.Index, match.Length),
            Date(toYear, match.Groups["m2"], match.Groups["d2"]),
            Date(fromYear, match.Groups["m1"], match.Groups["d1"]));
    }

    private static Deadline? Single(string text, string folded, int? year)
    {
        var match = Dated().Match(folded);
        if (match.Success)
        {
            return FromDated(text, match, year);
        }

        var relative = Relative().Match(folded);
        if (!relative.Success)
        {
            return null;
        }

        var printed = text.Substring(relative.Index, relative.Length);
        return relative.Groups["ongoing"].Success || year is null
            ? new Deadline(printed, null)
            : new Deadline(printed, new DateOnly(year.Value, 12, 31));
    }

    private static Deadline FromDated(string text, Match match, int? year)
    {
        var printed = text.Substring(match.Index, match.Length);
        var y = Year(match.Groups["y"], year);
        if (y is null)
        {
            return new Deadline(printed, null);
        }

        if (match.Groups["half"].Success)
        {
            var month = match.Groups["half"].Value switch
            {
                "上半年" => 6,
                "一季度" or "第一季度" => 3,
                "二季度" or "第二季度" => 6,
                "三季度" or "第三季度" => 9,
                _ => 12,
            };
            return new Deadline(printed, EndOfMonth(y.Value, month));
        }

        if (!match.Groups["m"].Success)
        {
            return new Deadline(printed, new DateOnly(y.Value, 12, 31));
        }

        var due = match.Groups["d"].Success
            ? Date(y, match.Groups["m"], match.Groups["d"])
            : EndOfMonth(y.Value, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture));
        return new Deadline(printed, due);
    }

    private static int? Year(Group group, int? fallback) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : fallback;

    private static DateOnly? Date(int? year, Group month, Group day)
    {
        var m = int.Parse(month.Value, CultureInfo.InvariantCulture);
        var d = int.Parse(day.Value, CultureInfo.InvariantCulture);
        return year is null || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year.Value, m)
            ? null
            : new DateOnly(year.Value, m, d);
    }

    private static DateOnly? EndOfMonth(int year, int month) =>
        month is < 1 or > 12 ? null : new DateOnly(year, month, DateTime.DaysInMonth(year, month));

    [GeneratedRegex(@"(?:(?<y1>\d{4})年)?(?<m1>\d{1,2})月(?<d1>\d{1,2})日(?:起)?(?:至|到|-|—|~)(?:(?<y2>\d{4})年)?(?<m2>\d{1,2})月(?<d2>\d{1,2})日")]
    private static partial Regex DateRange();

    // 2022年6月30日前 | 2022年6月底前 | 6月底前 | 2022年底前 | 2022年上半年 | 年底前 (with a year below)
    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?:(?<m>\d{1,2})月(?:(?<d>\d{1,2})日|底|末|份)?|(?<=\d{4}年)(?:底|末|年底)|(?<=\d{4}年)(?<half>上半年|下半年|第?[一二三四]季度))(?<before>前|之前|以前)?")]
    private static partial Regex Dated();

    [GeneratedRegex("(?:年内|年底前|年底|今年底|本年度内|年度内)|(?<ongoing>长期坚持|持续推进|长期)")]
    private static partial Regex Relative();
}
