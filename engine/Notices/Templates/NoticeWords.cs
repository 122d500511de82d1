using System.Globalization;
using Supervision.Engine.Trail.Words;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Notices.Templates;

/// <summary>The words and dates a template is given, in its language: due instants in the office's zone and in working days.</summary>
public sealed class NoticeWords(DueTimes dueTimes, TimeProvider clock)
{
    // Only the words of notices alone; obligations, slip colours and parts come from the shared vocabulary (Trail/Words).
    private static readonly Dictionary<string, Word> Outcomes = new(StringComparer.Ordinal)
    {
        ["rejected"] = new("异议不成立，请继续办理", "dispute rejected; the work stays with you"),
        ["withdrawn"] = new("异议成立，撤回交办", "dispute upheld; the assignment is withdrawn"),
        ["reassigned"] = new("异议成立，改由其他单位办理", "dispute upheld; the work goes to another agency"),
        ["extension_approved"] = new("同意延期", "extension granted"),
        ["extension_rejected"] = new("不同意延期，原期限不变", "extension refused; the due date stands"),
    };

    public static string Label(string? word, string language) =>
        word is null ? ""
        : MajorIssues.Severities.All.Contains(word) ? MajorIssues.Severities.Label(word, language)
        : Of(word).In(English(language));

    private static Word Of(string word) =>
        Outcomes.GetValueOrDefault(word) ?? (ObligationWords.Knows(word) ? ObligationWords.Noun(word) : LadderWords.Colour(word));

    public static bool English(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>An instant as people in the office read it: 2022年10月8日（星期六）18:00, or Saturday 8 October 2022, 18:00.</summary>
    public string Instant(DateTimeOffset? at, string language)
    {
        if (at is not { } value)
        {
            return English(language) ? "no date set" : "未设定";
        }

        var local = TimeZoneInfo.ConvertTime(value, dueTimes.Zone);
        return English(language)
            ? local.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("yyyy年M月d日（dddd）HH:mm", CultureInfo.GetCultureInfo("zh-CN"));
    }

    /// <summary>How far the due day is, in working days: 还有 2 个工作日 / 今日到期 / 已逾期 3 个工作日.</summary>
    public string WorkingDays(DateTimeOffset? at, string language)
    {
        if (at is not { } value)
        {
            return "";
        }

        var (today, due) = (dueTimes.LocalDate(clock.GetUtcNow()), dueTimes.LocalDate(value));
        var (from, to, late) = due >= today ? (today, due, false) : (due, today, true);
        var days = 0;
        for (var d = from.AddDays(1); d <= to && days < 1000; d = d.AddDays(1))
        {
            days += dueTimes.Calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return (English(language), late, days) switch
        {
            (_, false, 0) => English(language) ? "due today" : "今日到期",
            (_, true, 0) => English(language) ? "overdue" : "已逾期",
            (true, false, _) => $"{days} working day{(days == 1 ? "" : "s")} left",
            (true, true, _) => $"{days} working day{(days == 1 ? "" : "s")} overdue",
            (false, false, _) => $"还有 {days} 个工作日",
            (false, true, _) => $"已逾期 {days} 个工作日",
        };
    }

    public static string Role(AssignmentRole role, string language) => PartyWords.Part(role).In(English(language));
}
