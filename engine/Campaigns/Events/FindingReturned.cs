using Supervision.Engine.Trail;

namespace Supervision.Engine.Campaigns.Events;

/// <summary>The office found the rectification not done: it is owed again, by a new due day, with a fresh ladder.</summary>
[GenerateSerializer, Immutable]
public sealed record FindingReturned(int Number, string Reason, DateOnly Due, DateTimeOffset DueAt) : IDomainEvent;
