namespace Supervision.Engine.Cascade;

/// <summary>A child's part of one indicator of its item's or plan's targets (城镇新增就业 12000).</summary>
[GenerateSerializer, Immutable]
public sealed record Share(string Indicator, decimal Value);
