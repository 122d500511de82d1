using System.Globalization;

namespace Supervision.Engine.Trail.Story;

/// <summary>The small pieces sentences share: a long text cut short (the raw data holds it whole), a note or a reason when there is one.</summary>
internal static class Phrase
{
    private const int Longest = 200;

    // A text's own closing stop is dropped: the sentence goes on after it ("已发放；指标：…", not "已发放。；指标：…").
    public static string Cut(string? text)
    {
        var trimmed = (text ?? "").Trim().TrimEnd('。', '.', '；', ';', '，', ',');
        return trimmed.Length > Longest ? trimmed[..Longest].TrimEnd() + "…" : trimmed;
    }

    public static string Note(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $"，意见：{Cut(note)}";

    public static string NoteEn(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $"; note: {Cut(note)}";

    public static string Reason(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $"，理由：{Cut(reason)}";

    public static string ReasonEn(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $"; reason: {Cut(reason)}";

    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Contact(string? phone, string? email, string open, string close, string separator)
    {
        var parts = new[] { phone, email }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? "" : open + string.Join(separator, parts) + close;
    }

    /// <summary>A list, at most <paramref name="shown"/> of it named: "A、B、C 等 12 项" / "A, B, C and 9 more".</summary>
    public static (string Zh, string En) List(IEnumerable<string> items, int shown = 5)
    {
        var all = items.ToList();
        var named = all.Take(shown).ToList();
        var more = all.Count - named.Count;
        return (string.Join("、", named) + (more > 0 ? $" 等 {all.Count} 项" : ""), string.Join(", ", named) + (more > 0 ? $" and {more} more" : ""));
    }
}
