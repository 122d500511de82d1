namespace Supervision.Engine.Cascade;

/// <summary>One child as asked for (unchecked): the agency, <c>lead</c> or <c>cooperating</c>, the due date, shares and instructions.</summary>
[GenerateSerializer, Immutable]
public sealed record CascadeChildInput(string? AgencyId, string? Role, DateOnly? Due, IReadOnlyList<ShareInput?>? Shares, string? Instructions);

/// <summary>One share as asked for (unchecked).</summary>
[GenerateSerializer, Immutable]
public sealed record ShareInput(string? Indicator, decimal? Value);
