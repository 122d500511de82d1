using Supervision.Engine.Trail;

namespace Supervision.Engine.Campaigns.Events;

/// <summary>The office verified the rectification and closed the finding (销号).</summary>
[GenerateSerializer, Immutable]
public sealed record FindingClosed(int Number, string? Note) : IDomainEvent;
