namespace Supervision.Host.Calendar;

/// <summary>The State Council notice a year's holidays come from: title, document number, date signed, where it was read.</summary>
public sealed record NoticeView(string Title, string Number, string Issued, IReadOnlyList<string> Sources);
