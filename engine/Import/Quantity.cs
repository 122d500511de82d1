namespace Supervision.Engine.Import;

/// <summary>
/// A quantified target read from the document: <c>46万人以上</c> is 460000 人, at least.
/// </summary>
/// <param name="Text">The clause the quantity was found in, as printed (what a coordinator recognises).</param>
/// <param name="Value">The value with 万/亿 multiplied out.</param>
/// <param name="Unit">The unit as printed (人, 人次, 个, 名, %, 元/人 …).</param>
/// <param name="Comparator">How the value is to be met.</param>
/// <param name="Printed">Just the quantity as printed, e.g. <c>46万人以上</c>.</param>
/// <param name="Name">The indicator the target measures, as the coordinator named it in the preview; null: derived from the text (城镇新增就业).</param>
/// <param name="Candidate">A quantity the parser proposes from item prose (<c>确保…至少1人实现就业</c>); the coordinator accepts or drops it.</param>
public sealed record Quantity(string Text, decimal Value, string Unit, Comparator Comparator, string Printed, bool Candidate = false, string? Name = null);
