namespace Supervision.Host.Calendar;

/// <summary>A year counted without its holiday calendar (weekends only): the sentence in Chinese and in English.</summary>
public sealed record CalendarWarningView(int Year, string Message, string MessageEn);
