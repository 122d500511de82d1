namespace Supervision.Workflows.Calendar;

/// <summary>The notice a year's holidays come from, cited so anyone can check the dates against it.</summary>
/// <param name="Title">For example 国务院办公厅关于2023年部分节假日安排的通知.</param>
/// <param name="Number">The document number, for example 国办发明电〔2022〕16号.</param>
/// <param name="Issued">The date the notice was signed.</param>
/// <param name="Sources">Where its text was read and cross-checked.</param>
public sealed record CalendarNotice(string Title, string Number, DateOnly Issued, IReadOnlyList<string> Sources);
