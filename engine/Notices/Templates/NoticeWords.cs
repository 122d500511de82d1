using System.Globalization;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Notices.Templates;

/// <summary>The words and dates a template is given, in its language: due instants in the office's zone and in working days.</summary>
public sealed class NoticeWords(DueTimes dueTimes, TimeProvider clock)
{
    private static readonly Dictionary<string, (string Zh, string En)> Labels = new(StringComparer.Ordinal)
    {
        ["acknowledge"] = ("签收", "acknowledgement"),
        ["settle_dispute"] = ("异议处理", "settling of the dispute"),
        ["contribute"] = ("配合意见报送", "contribution"),
        ["complete"] = ("办结", "completion"),
        ["review"] = ("审核", "review"),
        ["rework"] = ("整改", "rework"),
        ["report"] = ("进展报送", "progress report"),
        ["rectify"] = ("整改承诺", "rectification commitment"),
        ["finding"] = ("督导问题整改", "rectification of a supervision finding"),
        ["blue"] = ("蓝色", "blue"),
        ["orange"] = ("橙色", "orange"),
        ["red"] = ("红色", "red"),
        ["rejected"] = ("异议不成立，请继续办理", "dispute rejected; the work stays with you"),
        ["withdrawn"] = ("异议成立，撤回交办", "dispute upheld; the assignment is withdrawn"),
        ["reassigned"] = ("异议成立，改由其他单位办理", "dispute upheld; the work goes to another agency"),
        ["extension_approved"] = ("同意延期", "extension granted"),
        ["extension_rejected"] = ("不同意延期，原期限不变", "extension refused; the due date stands"),
        ["lead"] = ("牵头单位", "lead agency"),
        ["cooperating"] = ("配合单位", "cooperating agency"),
    };

    public static string Label(string? word, string language) =>
        word is null ? ""
        : Labels.TryGetValue(word, out var l) ? (English(language) ? l.En : l.Zh)
        : MajorIssues.Severities.All.Contains(word) ? MajorIssues.Severities.Label(word, language)
        : word;

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

    public static string Role(AssignmentRole role, string language) => Label(role == AssignmentRole.Lead ? "lead" : "cooperating", language);
}
