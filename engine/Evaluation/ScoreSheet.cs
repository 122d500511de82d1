namespace Supervision.Engine.Evaluation;

/// <summary>The result of an evaluation as of an instant: scores ranked, the two lists, and the model practices of the period.</summary>
/// <param name="Position">The log position the figures reflect: events after it were not counted.</param>
[GenerateSerializer, Immutable]
public sealed record ScoreSheet(
    DateTimeOffset AsOf, long Position, IReadOnlyList<AgencyScore> Agencies, IReadOnlyList<ListEntry> Commended, IReadOnlyList<ListEntry> Circulated,
    IReadOnlyList<ModelPractice> Practices);
