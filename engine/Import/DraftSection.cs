namespace Supervision.Engine.Import;

/// <summary>A top-level section of the plan, e.g. <c>二、全力以赴增加就业岗位，扩大就业容量</c>.</summary>
/// <param name="Ref">The section's number as printed, e.g. <c>二</c>.</param>
/// <param name="Title">The heading text after the number.</param>
/// <param name="Line">1-based line of the heading.</param>
public sealed record DraftSection(string Ref, string Title, int Line);
