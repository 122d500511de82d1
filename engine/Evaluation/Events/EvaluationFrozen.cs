using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation.Events;

/// <summary>
/// The office froze the evaluation as of <paramref name="AsOf"/>: the result below (with one <see cref="AgencyScoreFrozen"/>
/// per agency in the same append) is what it is from now on; later events do not change it.
/// </summary>
/// <param name="Position">The log position the frozen figures reflect.</param>
[GenerateSerializer, Immutable]
public sealed record EvaluationFrozen(DateTimeOffset AsOf, long Position, IReadOnlyList<ListEntry> Commended, IReadOnlyList<ListEntry> Circulated, IReadOnlyList<ModelPractice> Practices) : IDomainEvent;
