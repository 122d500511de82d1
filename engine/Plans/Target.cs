namespace Supervision.Engine.Plans;

/// <summary>A quantified goal (新增就业46万人以上 → ≥ 460000 人). Comparator is one of <c>&gt;=</c>, <c>&lt;=</c>, <c>~</c>, <c>=</c>.</summary>
[GenerateSerializer, Immutable]
public sealed record Target(string Text, decimal? Value, string? Unit, string Comparator);
