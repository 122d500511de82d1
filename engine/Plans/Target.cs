using System.Text.Json.Serialization;

namespace Supervision.Engine.Plans;

/// <summary>
/// A quantified goal (新增就业46万人以上 → ≥ 460000 人). Comparator is one of <c>&gt;=</c>, <c>&lt;=</c>, <c>~</c>, <c>=</c>.
/// <c>Name</c> is the indicator agencies report it under (derived from the text when left out: 城镇新增就业);
/// <c>Aggregation</c> how agencies' values roll up: <c>sum</c> (counts), <c>latest</c> (the newest value reported, for a
/// rate one agency measures) or <c>mean</c> (the agencies' latest values averaged with equal weight); left out, a target in
/// % or 个百分点 is <c>latest</c>, any other <c>sum</c>. <c>PartOf</c> names the indicator this one is a part of (高校毕业生就业
/// of 城镇新增就业): parts reported above their total are an anomaly.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Target(
    string Text,
    decimal? Value,
    string? Unit,
    string Comparator,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Aggregation = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PartOf = null);
