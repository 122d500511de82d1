namespace Supervision.Engine.Assignments;

/// <summary>A reported indicator value (e.g. 新增就业 = 120000 人) that rolls up into the plan's targets.</summary>
[GenerateSerializer, Immutable]
public sealed record Indicator(string Name, [property: System.Text.Json.Serialization.JsonRequired] decimal Value, string? Unit);
