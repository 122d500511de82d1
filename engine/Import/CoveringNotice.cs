using System.Globalization;
using System.Text.RegularExpressions;

namespace Supervision.Engine.Import;

/// <summary>
/// Reads title, issuer and issue date from the lines before the plan's outline: a covering notice
/// (<c>关于印发《…》的通知</c> … signature … <c>2022年3月24日</c>) or just a title line.
/// </summary>
internal static partial class CoveringNotice
{
    public static (string? Title, string? Issuer, DateOnly? Issued) Read(IReadOnlyList<string> folded, IReadOnlyList<string> printed)
    {
        // The notice is everything before the first numbered line.
        var end = Enumerable.Range(0, folded.Count).FirstOrDefault(i => Numbering.Read(folded[i]) is not null, folded.Count);
        string? title = null;
        string? issuer = null;
        DateOnly? issued = null;
        for (var i = 0; i < end; i++)
        {
            var line = folded[i].Trim();
            if (title is null && NoticeTitle().Match(line) is { Success: true } notice)
            {
                var start = folded[i].IndexOf('《', StringComparison.Ordinal) + 1;
                title = printed[i].Substring(start, notice.Groups["t"].Length);
            }
            else if (issued is null && ReadDate(line) is { } date)
            {
                issued = date;
                var previous = i > 0 ? folded[i - 1].Trim() : "";
                if (previous.Length is > 0 and <= 40 && SignatureLine().IsMatch(previous))
                {
                    issuer = printed[i - 1].Trim();
                }
            }
        }

        title ??= Enumerable.Range(0, end).Select(i => printed[i].Trim())
            .FirstOrDefault(l => l.Length is > 0 and <= 60 && !l.Contains('。', StringComparison.Ordinal) && ReadDate(ChineseFold.Fold(l)) is null && !Attachment().IsMatch(ChineseFold.Fold(l)));
        if (issuer is null)
        {
            var notice = string.Join('\n', folded.Take(end));
            if (IssuingSentence().Match(notice) is { Success: true } sentence)
            {
                var printedNotice = string.Join('\n', printed.Take(end));
                issuer = printedNotice.Substring(sentence.Groups["who"].Index, sentence.Groups["who"].Length);
            }
        }

        return (title, issuer, issued);
    }

    // 附件 / 附件2 heads an attachment page; the title is the line after it.
    [GeneratedRegex(@"^附件\s*\d*\s*:?$")]
    private static partial Regex Attachment();

    private static DateOnly? ReadDate(string line)
    {
        var match = DateLine().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var year = ChineseNumber(match.Groups["y"].Value, digitwise: true);
        var month = ChineseNumber(match.Groups["m"].Value, digitwise: false);
        var day = ChineseNumber(match.Groups["d"].Value, digitwise: false);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    // Arabic digits, or Chinese numerals: 二〇二二 digit by digit, 二十四 as a number.
    private static int ChineseNumber(string text, bool digitwise)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }

        const string Digits = "〇一二三四五六七八九";
        if (digitwise)
        {
            return text.Aggregate(0, (n, c) => (n * 10) + Math.Max(0, Digits.IndexOf(c == '零' ? '〇' : c, StringComparison.Ordinal)));
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return Digits.IndexOf(text[0], StringComparison.Ordinal);
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(text[0], StringComparison.Ordinal);
        var units = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[^1], StringComparison.Ordinal);
        return (tens * 10) + units;
    }

    [GeneratedRegex("^关于印发《(?<t>.+?)》的通知$")]
    private static partial Regex NoticeTitle();

    [GeneratedRegex("^(?<y>\\d{4}|[〇零一二三四五六七八九]{4})年(?<m>\\d{1,2}|[一二三四五六七八九十]{1,2})月(?<d>\\d{1,2}|[一二三四五六七八九十]{1,3})日$")]
    private static partial Regex DateLine();

    [GeneratedRegex("(?:办公室|小组|政府|公署|委员会|厅|局|委|部)$")]
    private static partial Regex SignatureLine();

    [GeneratedRegex("(?:^|[。\\n,])(?<who>[^。,《\\n]{2,30}(?:办公室|领导小组|人民政府|委员会|公署|厅|局))[^。\\n]*?印发")]
    private static partial Regex IssuingSentence();
}
