namespace Supervision.Engine.Import;

/// <summary>An item's deadline: <c>2022年底前</c> is due 2022-12-31; a range also has a start.</summary>
/// <param name="Text">The deadline as printed.</param>
/// <param name="Due">The last day, or null when the text names no date (e.g. <c>长期坚持</c>).</param>
/// <param name="From">The first day of a stated period (<c>2019年1月1日至12月31日</c>), else null.</param>
public sealed record Deadline(string Text, DateOnly? Due, DateOnly? From = null);
