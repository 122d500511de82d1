using Supervision.Engine.Trail;

namespace Supervision.Engine.ChainEscalation.Events;

/// <summary>
/// A sub-assignment's late obligation was left unmet for the definition's <c>parent_window</c> after the level below was
/// told, so the level above is told now: recorded on the child's stream, naming who was told.
/// </summary>
/// <param name="Obligation">What is owed (complete, acknowledge, report…).</param>
/// <param name="Period">The report period or commitment number, when the obligation has one.</param>
/// <param name="Step">The ladder step the obligation stands at (urge, supervise…).</param>
/// <param name="Level">How far up the chain: 1 is the agency above the parent, and the last level is the office.</param>
/// <param name="AgencyId">The agency told, or null when it is the office (above the top of the chain).</param>
/// <param name="DueAt">When this level fell due (UTC); the entry's own time is when it was processed.</param>
[GenerateSerializer, Immutable]
public sealed record EscalationPassedUp(string Obligation, string? Period, string Step, int Level, string? AgencyId, DateTimeOffset DueAt) : IDomainEvent
{
    public const string Office = "office";

    /// <summary>Who was told, as the read model stores it: the agency's id or <c>office</c>.</summary>
    public string Told => AgencyId ?? Office;
}
